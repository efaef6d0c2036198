"""The exhibition itself: values, fields, the catalogue store and the job API. Never imports Qt."""
