"""What leaves the app: the printable catalogue and preflight."""
