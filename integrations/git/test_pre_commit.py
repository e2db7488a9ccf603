"""tiergate's pre-commit hook (.pre-commit-hooks.yaml) with the real pre-commit
package, in temporary git repositories: a commit that adds a key is stopped,
one that adds nothing sensitive goes through.

    PATH=target/debug:$PATH target/pyenv/bin/python -m pytest integrations/git
"""

import os
import shutil
import sys
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(cmd, cwd, env, check=True):
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    if check and r.returncode != 0:
        raise AssertionError(f"{cmd} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return r


@pytest.fixture
def env(tmp_path):
    tiergate = shutil.which("tiergate")
    assert tiergate, "tiergate must be on PATH (PATH=target/debug:$PATH)"
    e = dict(os.environ)
    e.update(
        HOME=str(tmp_path / "home"),
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-cache"),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@t.invalid",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@t.invalid",
    )
    (tmp_path / "home").mkdir()
    return e


def git_repo(path, env):
    path.mkdir()
    run(["git", "init", "-q", "-b", "main"], path, env)
    return path


def test_a_commit_that_adds_a_key_is_stopped(tmp_path, env):
    # The hook manifest as a repository of its own, as pre-commit fetches one.
    hooks = git_repo(tmp_path / "hooks", env)
    shutil.copy(ROOT / ".pre-commit-hooks.yaml", hooks / ".pre-commit-hooks.yaml")
    run(["git", "add", "."], hooks, env)
    run(["git", "commit", "-q", "-m", "hooks"], hooks, env)
    rev = run(["git", "rev-parse", "HEAD"], hooks, env).stdout.strip()

    project = git_repo(tmp_path / "project", env)
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n      - id: tiergate\n"
    )
    (project / "README.md").write_text("# A project\n\nHow to build it.\n")
    pre_commit = [str(Path(sys.executable).parent / "pre-commit")]
    run(pre_commit + ["install"], project, env)
    run(["git", "add", "."], project, env)
    ok = run(["git", "commit", "-m", "clean"], project, env, check=False)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "tiergate" in ok.stdout + ok.stderr  # the hook ran ("Passed")

    key = "AKIA" + "QX4RZ7T2LMN5VW3K"
    (project / "deploy.env").write_text(f"REGION=eu-west-1\nAWS_ACCESS_KEY_ID={key}\n")
    run(["git", "add", "deploy.env"], project, env)
    stopped = run(["git", "commit", "-m", "deploy"], project, env, check=False)
    output = stopped.stdout + stopped.stderr
    assert stopped.returncode != 0, output
    assert "aws_access_key_id" in output and "deploy.env" in output, output
    assert key not in output, "the value is never printed"
    log = run(["git", "log", "--oneline"], project, env).stdout
    assert len(log.strip().splitlines()) == 1, "the commit did not happen"
