"""What a one-folder bundle needs from the Linux system it runs on.

    python3 bundle_report.py depends dist/exhibit   # the .deb's Depends: line (dpkg -S)
    python3 bundle_report.py glibc dist/exhibit     # the highest GLIBC_x.y symbol version used
    python3 bundle_report.py missing dist/exhibit   # sonames found neither inside nor on the system

Every ELF file's DT_NEEDED (objdump -p) that is not a file of the bundle is a system library;
``ldconfig -p`` finds it and ``dpkg -S`` names its package. Standard library only.
"""

from __future__ import annotations

import re
import subprocess
import sys
from functools import cache
from pathlib import Path

# Packages every Debian and Ubuntu has (Essential or required): not worth a Depends entry.
ALWAYS_THERE = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g"}
# The xcb platform refuses to start without libxcb-cursor (Qt >= 6.5 checks for it by name).
ALSO_NEEDED = ("libxcb-cursor0",)


def elf_files(bundle: Path) -> list[Path]:
    return [p for p in sorted(bundle.rglob("*")) if p.is_file() and _is_elf(p)]


def _is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def needed(path: Path) -> list[str]:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def system_sonames(bundle: Path) -> set[str]:
    """Sonames the bundle's files need that the bundle does not hold."""
    files = elf_files(bundle)
    inside = {p.name for p in bundle.rglob("*")}
    return {so for f in files for so in needed(f)} - inside


@cache
def _ldconfig() -> dict[str, str]:
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    found: dict[str, str] = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+) \((libc6,x86-64|libc6,AArch64)[^)]*\) => (\S+)", line)
        if m:
            found.setdefault(m.group(1), m.group(3))
    return found


def package_of(path: str) -> str | None:
    real = str(Path(path).resolve())
    for candidate in (path, real, real.replace("/usr/lib/", "/lib/", 1)):
        out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":")[0].strip()
    return None


def depends(bundle: Path) -> tuple[list[str], list[str]]:
    """(packages, sonames not found on this system)."""
    packages, missing = set(ALSO_NEEDED), []
    for soname in sorted(system_sonames(bundle)):
        path = _ldconfig().get(soname)
        package = package_of(path) if path else None
        if package is None:
            missing.append(soname)
        elif package not in ALWAYS_THERE:
            packages.add(package)
    return sorted(packages), missing


def glibc(bundle: Path) -> tuple[str, str]:
    """(highest GLIBC_ version any file of the bundle needs, one file that needs it)."""
    best, where = (0,), ""
    for path in elf_files(bundle):
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
        for version in set(re.findall(r"GLIBC_(\d+(?:\.\d+)+)", out)):
            key = tuple(int(n) for n in version.split("."))
            if key > best:
                best, where = key, str(path.relative_to(bundle))
    return ".".join(map(str, best)), where


def main(argv: list[str]) -> int:
    command, bundle = argv[0], Path(argv[1])
    if command == "glibc":
        version, where = glibc(bundle)
        print(f"{version} ({where})")
        return 0
    packages, missing = depends(bundle)
    if command == "missing":
        print("\n".join(missing))
        return 1 if missing else 0
    version, _ = glibc(bundle)
    print(", ".join([f"libc6 (>= {version})", *packages]))
    for soname in missing:
        print(f"bundle_report: {soname} is not installed here, so not in Depends", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
