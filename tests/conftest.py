from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.article import Entity, Mention

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


def marsad_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("marsad")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "marsad.cli"]


def run_marsad(*args: str, cwd: Path | None = None, input: bytes | None = None, check: bool = False):
    proc = subprocess.run([*marsad_cmd(), *args], cwd=cwd, input=input, capture_output=True,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    if check and proc.returncode != 0:
        raise AssertionError(proc.stderr.decode())
    return proc


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    return tmp_path


def copy_examples(dest: Path) -> Path:
    target = dest / "pages"
    shutil.copytree(EXAMPLES, target)
    return target


def tagged(body: str, id: str, type: str, text: str) -> Entity:
    """An entity as the entities stage gives it, with one mention of `text` in `body`."""
    start = body.index(text)
    return Entity(id=id, type=type, name=text, mentions=[Mention(start, start + len(text), text)])
