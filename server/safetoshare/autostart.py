"""`safetoshare autostart enable|disable|status`: start the checker at login, as the user.

Linux: a systemd user unit when a user systemd is running, else an XDG autostart entry (what desktop
sessions start at login). macOS: a LaunchAgent. Windows: a script in the Startup folder. Each writes
one file (systemd adds its own link); `disable` removes everything `enable` wrote, on every method.
The command written is this installation's own interpreter running `-m safetoshare serve`: an absolute
path that stays right under pipx, uv or a plain virtual environment.
"""
from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

LABEL = "org.safetoshare.checker"
TITLE = "Safe to Share"
DESCRIPTION = "Safe to Share privacy checker (local server on 127.0.0.1:8337)"


def server_command(executable: str | None = None) -> list[str]:
    return [executable or sys.executable, "-m", "safetoshare", "serve"]


def _remove(path: Path) -> bool:
    try:
        path.unlink()
        return True
    except FileNotFoundError:
        return False


def _write(path: Path, data: str | bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data.encode() if isinstance(data, str) else data)
    tmp.replace(path)  # never a half-written file a login could read


def _run(*args: str) -> bool:
    try:
        return subprocess.run(args, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


class SystemdUserUnit:
    """~/.config/systemd/user/safetoshare.service, wanted by default.target (starts at login, and now)."""

    method = "systemd user unit"
    name = "safetoshare.service"

    def __init__(self, config_home: Path):
        self.path = config_home / "systemd" / "user" / self.name
        self.wants = config_home / "systemd" / "user" / "default.target.wants" / self.name

    @staticmethod
    def available() -> bool:
        return shutil.which("systemctl") is not None and _run("systemctl", "--user", "show-environment")

    @staticmethod
    def quote(arg: str, program: bool = False) -> str:
        # systemd splits ExecStart= on spaces and expands % specifiers everywhere, $ variables only
        # in the arguments, not in the program's path
        arg = arg.replace("%", "%%") if program else arg.replace("%", "%%").replace("$", "$$")
        if re.search(r"[\s\"'\\;]", arg) or not arg:
            arg = '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return arg

    def render(self, command: list[str]) -> str:
        if re.search(r'["\\]', command[0]):
            raise ValueError(f"systemd cannot start a program whose path holds a quote or a backslash: {command[0]}")
        exec_start = " ".join([self.quote(command[0], program=True), *(self.quote(a) for a in command[1:])])
        return (
            "[Unit]\n"
            f"Description={DESCRIPTION}\n\n"
            "[Service]\n"
            f"ExecStart={exec_start}\n"
            "Restart=on-failure\n"
            "RestartSec=5\n\n"  # not a tight loop when the port is taken
            "[Install]\n"
            "WantedBy=default.target\n"
        )

    def enable(self, command: list[str]) -> str:
        _write(self.path, self.render(command))
        _run("systemctl", "--user", "daemon-reload")
        if not _run("systemctl", "--user", "enable", "--now", self.name):
            raise RuntimeError("systemctl --user enable failed; see `systemctl --user status safetoshare`")
        return "It is running now and will start at every login."

    def disable(self) -> bool:
        if self.path.exists() and self.available():
            _run("systemctl", "--user", "disable", "--now", self.name)
        removed = [_remove(self.wants), _remove(self.path)]
        if any(removed) and self.available():
            _run("systemctl", "--user", "daemon-reload")
        return any(removed)

    def is_enabled(self) -> bool:
        return self.path.exists() and self.wants.exists()


class _FileReadAtLogin:
    """A method that is one file the desktop reads at login: writing it enables, removing it disables."""

    def enable(self, command: list[str]) -> str:
        _write(self.path, self.render(command))
        return "It will start at your next login; `safetoshare serve` starts it now."

    def disable(self) -> bool:
        return _remove(self.path)

    def is_enabled(self) -> bool:
        return self.path.exists()


class XdgAutostartEntry(_FileReadAtLogin):
    """$XDG_CONFIG_HOME/autostart/safetoshare.desktop: desktop sessions start it at login."""

    method = "XDG autostart entry"

    def __init__(self, config_home: Path):
        self.path = config_home / "autostart" / "safetoshare.desktop"

    @staticmethod
    def quote(arg: str) -> str:
        # Desktop Entry Specification, "The Exec key": quote reserved characters, double every %
        if re.search(r"[\s\"'\\><~|&;$*?#()`]", arg) or not arg:
            arg = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
            arg = arg.replace("\\", "\\\\")  # a string value's own escaping, applied on top
        return arg.replace("%", "%%")

    def render(self, command: list[str]) -> str:
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={TITLE}\n"
            f"Comment={DESCRIPTION}\n"
            f"Exec={' '.join(self.quote(a) for a in command)}\n"
            "Terminal=false\n"
            "NoDisplay=true\n"
            "X-GNOME-Autostart-enabled=true\n"
        )


class LaunchAgent:
    """~/Library/LaunchAgents/org.safetoshare.checker.plist, loaded into the user's GUI session."""

    method = "LaunchAgent"

    def __init__(self, home: Path):
        self.path = home / "Library" / "LaunchAgents" / f"{LABEL}.plist"

    def render(self, command: list[str]) -> bytes:
        return plistlib.dumps({
            "Label": LABEL,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "KeepAlive": {"SuccessfulExit": False},  # restarted after a crash, not after a clean stop
            "ProcessType": "Background",
        })

    def _launchctl(self, *args: str) -> bool:
        return sys.platform == "darwin" and _run("launchctl", *args)

    def enable(self, command: list[str]) -> str:
        _write(self.path, self.render(command))
        domain = f"gui/{os.getuid()}" if hasattr(os, "getuid") else ""
        self._launchctl("bootout", f"{domain}/{LABEL}")  # enable twice: reload the new file
        if self._launchctl("bootstrap", domain, str(self.path)):
            return "It is running now and will start at every login."
        return "It will start at your next login; `safetoshare serve` starts it now."

    def disable(self) -> bool:
        if self.path.exists() and hasattr(os, "getuid"):
            self._launchctl("bootout", f"gui/{os.getuid()}/{LABEL}")
        return _remove(self.path)

    def is_enabled(self) -> bool:
        return self.path.exists()


class StartupFolderScript(_FileReadAtLogin):
    """%APPDATA%/Microsoft/Windows/Start Menu/Programs/Startup/Safe to Share.cmd, run at login.
    It starts pythonw (no console window) and exits at once."""

    method = "Startup folder script"

    def __init__(self, appdata: Path):
        self.path = appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup" / f"{TITLE}.cmd"

    @staticmethod
    def windowless(command: list[str]) -> list[str]:
        exe = Path(command[0])
        if exe.name.lower() == "python.exe" and exe.with_name("pythonw.exe").exists():
            return [str(exe.with_name("pythonw.exe")), *command[1:]]
        return command

    def render(self, command: list[str]) -> str:
        line = subprocess.list2cmdline(self.windowless(command)).replace("%", "%%")  # cmd expands %VAR%
        return (
            "@echo off\r\n"
            "rem Safe to Share: starts the privacy checker at login (written by `safetoshare autostart enable`).\r\n"
            f'start "{TITLE}" {line}\r\n'
        )


def methods_for_this_computer() -> list:
    """Every method this platform has; the first is the one `enable` uses."""
    home = Path.home()
    if sys.platform == "darwin":
        return [LaunchAgent(home)]
    if sys.platform == "win32":
        return [StartupFolderScript(Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming"))]
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    systemd, xdg = SystemdUserUnit(config_home), XdgAutostartEntry(config_home)
    return [systemd, xdg] if systemd.available() else [xdg, systemd]


def autostart_command(action: str) -> int:
    methods = methods_for_this_computer()
    chosen, others = methods[0], methods[1:]
    if action == "enable":
        for other in others:  # never two ways of starting it at once
            other.disable()
        try:
            note = chosen.enable(server_command())
        except (OSError, RuntimeError, ValueError) as err:
            print(f"error: could not register Safe to Share to start at login: {err}", file=sys.stderr)
            return 2
        print(f"Safe to Share will start at login ({chosen.method}: {chosen.path}). {note}")
        return 0
    if action == "disable":
        removed = [m.path for m in methods if m.disable()]
        print(f"Removed {', '.join(map(str, removed))}." if removed else "Autostart was not enabled; nothing to remove.")
        return 0
    enabled = [m for m in methods if m.is_enabled()]
    for m in enabled:
        print(f"enabled ({m.method}: {m.path})")
    if not enabled:
        print("not enabled (`safetoshare autostart enable` starts Safe to Share at login)")
    return 0 if enabled else 1
