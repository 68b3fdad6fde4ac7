"""`safetoshare autostart`: the Linux path for real in a temporary HOME (the CLI as a subprocess, and
the server started from the very command line it wrote); the systemd unit, the macOS LaunchAgent and
the Windows Startup script by generating and parsing them."""
import configparser
import os
import plistlib
import re
import shlex
import subprocess
import sys

import pytest
from installed import stop, wait_for_health
from serverproc import free_port

from safetoshare.autostart import LaunchAgent, StartupFolderScript, SystemdUserUnit, XdgAutostartEntry, server_command

# A path with every kind of character the formats must quote: space, %, $, quote, backslash.
AWKWARD = ["/opt/My Apps/100% \"safe\" $HOME\\bin/python3", "-m", "safetoshare", "serve"]


def ini(text: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in both formats
    parser.read_string(text)
    return parser


def desktop_exec_argv(value: str) -> list[str]:
    """The Exec key as a desktop session reads it: string escapes, then quoted arguments, then %%."""
    value = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)), value)
    args = []
    for quoted, plain in re.findall(r'"((?:[^"\\]|\\.)*)"|(\S+)', value):
        args.append(re.sub(r"\\(.)", r"\1", quoted) if quoted else plain)
    return [a.replace("%%", "%") for a in args]


def run_cli(home, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS")}
    # Without a session bus `systemctl --user` cannot reach a user manager: the XDG path, and never
    # the developer's real systemd (which reads units from the real HOME, not this one).
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    return subprocess.run([sys.executable, "-m", "safetoshare", "autostart", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def files_under(path):
    return sorted(str(p.relative_to(path)) for p in path.rglob("*") if p.is_file())


def test_linux_enable_status_disable_in_a_temporary_home(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    status = run_cli(home, "status")
    assert status.returncode == 1 and "not enabled" in status.stdout

    enabled = run_cli(home, "enable")
    assert enabled.returncode == 0, enabled.stderr
    entry = home / ".config" / "autostart" / "safetoshare.desktop"
    assert str(entry) in enabled.stdout and "XDG autostart" in enabled.stdout
    assert files_under(home) == [".config/autostart/safetoshare.desktop"]
    desktop = ini(entry.read_text())["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    assert desktop_exec_argv(desktop["Exec"]) == server_command()
    assert os.path.isabs(desktop_exec_argv(desktop["Exec"])[0])

    first = entry.read_bytes()
    again = run_cli(home, "enable")
    assert again.returncode == 0 and entry.read_bytes() == first
    assert files_under(home) == [".config/autostart/safetoshare.desktop"]

    status = run_cli(home, "status")
    assert status.returncode == 0 and str(entry) in status.stdout

    disabled = run_cli(home, "disable")
    assert disabled.returncode == 0 and str(entry) in disabled.stdout
    assert files_under(home) == []
    assert run_cli(home, "status").returncode == 1
    assert run_cli(home, "disable").returncode == 0  # disabling twice is not an error


@pytest.mark.http
def test_the_written_command_line_starts_the_server(tmp_path):
    """What a login would run, run here: the entry's own Exec line, on a free port."""
    text = XdgAutostartEntry(tmp_path).render(server_command())
    argv = desktop_exec_argv(ini(text)["Desktop Entry"]["Exec"])
    port = free_port()
    proc = subprocess.Popen([*argv, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        health = wait_for_health(proc, f"http://127.0.0.1:{port}")
        assert health is not None and health["status"] == "ok", f"server exited with {proc.returncode}"
    finally:
        stop(proc)


def test_desktop_entry_quotes_awkward_paths(tmp_path):
    entry = XdgAutostartEntry(tmp_path)
    assert desktop_exec_argv(ini(entry.render(AWKWARD))["Desktop Entry"]["Exec"]) == AWKWARD


def systemd_exec_argv(value: str) -> list[str]:
    """ExecStart= as systemd reads it: the shell's double quotes; %% everywhere, $$ in the arguments."""
    program, *args = shlex.split(value)
    return [program.replace("%%", "%"), *(a.replace("%%", "%").replace("$$", "$") for a in args)]


def test_systemd_user_unit_parses_back_to_the_command(tmp_path):
    unit = SystemdUserUnit(tmp_path)
    assert unit.path == tmp_path / "systemd" / "user" / "safetoshare.service"
    command = ["/opt/My Apps/100% $HOME/python3", "-m", "safetoshare", 'serve "$x" 50% \\ ;']
    parsed = ini(unit.render(command))
    assert parsed["Install"]["WantedBy"] == "default.target"
    assert parsed["Service"]["Restart"] == "on-failure"
    assert systemd_exec_argv(parsed["Service"]["ExecStart"]) == command
    assert not unit.is_enabled()
    with pytest.raises(ValueError):  # systemd refuses such program paths: a clear error, not a broken unit
        unit.render(AWKWARD)


def test_systemd_accepts_the_unit(tmp_path):
    """systemd's own parser (systemd-analyze verify) on the unit for this interpreter, reached
    through a folder whose name needs quoting."""
    awkward_dir = tmp_path / "My Apps" / "100% $HOME"
    awkward_dir.mkdir(parents=True)
    (awkward_dir / "python3").symlink_to(sys.executable)
    unit_file = tmp_path / "safetoshare.service"
    unit_file.write_text(SystemdUserUnit(tmp_path).render(server_command(str(awkward_dir / "python3"))))
    out = subprocess.run(["systemd-analyze", "verify", str(unit_file)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr


def test_launch_agent_plist(tmp_path):
    agent = LaunchAgent(tmp_path)
    assert agent.path == tmp_path / "Library" / "LaunchAgents" / "org.safetoshare.checker.plist"
    assert not agent.is_enabled()
    agent.enable(AWKWARD)
    agent.enable(AWKWARD)  # twice: the same single file
    assert files_under(tmp_path) == ["Library/LaunchAgents/org.safetoshare.checker.plist"]
    plist = plistlib.loads(agent.path.read_bytes())
    assert plist["Label"] == "org.safetoshare.checker"
    assert plist["ProgramArguments"] == AWKWARD
    assert plist["RunAtLoad"] is True and plist["KeepAlive"] == {"SuccessfulExit": False}
    assert agent.is_enabled()
    assert agent.disable() and not agent.is_enabled() and files_under(tmp_path) == []


def windows_argv(line: str) -> list[str]:
    """`start "title" "C:\\path\\pythonw.exe" -m ...` split as cmd.exe does for these simple arguments."""
    return [q or p for q, p in re.findall(r'"([^"]*)"|(\S+)', line.replace("%%", "%"))]


def test_windows_startup_script_uses_pythonw_without_a_console(tmp_path):
    scripts = tmp_path / "Program Files" / "Safe 100%" / "Scripts"
    scripts.mkdir(parents=True)
    (scripts / "python.exe").write_bytes(b"")
    (scripts / "pythonw.exe").write_bytes(b"")
    appdata = tmp_path / "AppData" / "Roaming"
    script = StartupFolderScript(appdata)
    assert script.path == appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup" / "Safe to Share.cmd"
    script.enable([str(scripts / "python.exe"), "-m", "safetoshare", "serve"])
    raw = script.path.read_bytes()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.decode().splitlines()
    assert lines[0] == "@echo off"
    start = windows_argv(next(line for line in lines if line.startswith("start ")))
    assert start == ["start", "Safe to Share", str(scripts / "pythonw.exe"), "-m", "safetoshare", "serve"]
    assert script.is_enabled() and script.disable() and not script.is_enabled()
    assert not script.disable()
