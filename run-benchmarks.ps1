#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Runs PerfLab's benchmark suites and turns their exports into the report in results/.

.DESCRIPTION
    Builds the solution once in Release, runs each chosen suite in its own process (so one failing suite does not
    stop the others), collects each suite's BenchmarkDotNet exports under <Artifacts>/<suite>/, then runs the report
    generator over them. Exits non-zero when any suite or the report failed.

    On a fresh machine:  dotnet tool restore && dotnet pwsh ./run-benchmarks.ps1

.PARAMETER Suite
    Suites to run: orm, indexes, serialization, caching (default: all, in that order).

.PARAMETER Profile
    quick   - BenchmarkDotNet's Dry job in process: proves every benchmark runs (CI). Its times mean nothing, so its
              report goes to <Artifacts>/report, never to results/.
    default - the profile behind the committed results (15 measured iterations per benchmark).

.PARAMETER Artifacts
    Where the run's exports go (default: a new folder under BenchmarkDotNet.Artifacts/).

.PARAMETER Results
    Where the report is written (default: results/ for the default profile, <Artifacts>/report for quick).

.PARAMETER NoReport
    Skip the report step.

.PARAMETER SecondRun
    Run every chosen suite twice on the same build (<Artifacts>/run1, then <Artifacts>/run2), compare the second run
    with the first (<Artifacts>/run-to-run.md and .json), and publish the first with that comparison: every result that
    moved more than 10% between the runs is marked unstable on its page, the headline findings show each ratio in both
    runs, and the comparison is kept as <Results>/noise/run-to-run.md. This is how the committed results are made.

.PARAMETER NoBuild
    Use the existing Release build (e.g. right after `dotnet test -c Release`).

.PARAMETER Launches
    Runs of each suite per side (each run is one BenchmarkDotNet process per benchmark, i.e. one launch). The
    comparison's statistical unit is the launch, so comparing needs several: -Base runs 5 per side by default (at
    least 5); without -Base the default is 1, and -Launches 5 repeats each suite 5 times (<Artifacts>/<suite>/run-<i>)
    so that -Compare, or a later -Compare against this run, has launches to test.

.PARAMETER Compare
    A stored baseline run (a folder of exports, e.g. an earlier -Artifacts folder made with the same -Launches):
    after this run, compare it against that baseline (src/PerfLab.Reporting compare), write
    <Artifacts>/comparison.md and comparison.json, and exit with the comparison's code (1 = regression, 2 = bad input).

.PARAMETER Base
    A git ref to compare the current tree against, measured on this machine now: the ref is checked out in a
    temporary git worktree and built there, the current tree is built in place, and the two are run alternately
    (base, head, head, base, base, head, ...: the order flips every round so a steady drift hits both sides alike),
    -Launches runs per side and suite, exports under <Artifacts>/base and <Artifacts>/head. Then compared as with
    -Compare; exits with the comparison's code. No report is written (results/ only holds plain runs).

.PARAMETER Confirm
    With -Base: when the comparison finds regressions, run only the regressed benchmarks again, interleaved the same
    way, and compare those (comparison-confirm.md/.json); the exit code is the confirmation's, so a regression
    fails only when it shows up twice.

.PARAMETER Threshold
    Passed to compare --threshold (default 10%).

.PARAMETER Noise
    Passed to compare --noise (default 1ns).

.PARAMETER BenchmarkArgs
    Anything else is passed to BenchmarkDotNet unchanged, e.g. --filter '*QueryById*'.

.EXAMPLE
    dotnet pwsh ./run-benchmarks.ps1 -SecondRun
    The committed results: every suite twice, published with the run-to-run comparison.
.EXAMPLE
    dotnet pwsh ./run-benchmarks.ps1 -Suite orm -Profile quick
.EXAMPLE
    dotnet pwsh ./run-benchmarks.ps1 -Suite serialization --filter '*Small*'
.EXAMPLE
    dotnet pwsh ./run-benchmarks.ps1 -Suite orm -Base origin/main -Confirm
.EXAMPLE
    dotnet pwsh ./run-benchmarks.ps1 -Suite orm -Launches 5 -Compare BenchmarkDotNet.Artifacts/run-20261125-070000
#>
[CmdletBinding(PositionalBinding = $false)]
param(
    [string[]] $Suite = @('orm', 'indexes', 'serialization', 'caching'),

    [ValidateSet('quick', 'default')]
    [string] $Profile = 'default',

    [string] $Artifacts,

    [string] $Results,

    [switch] $NoReport,

    [switch] $NoBuild,

    [switch] $SecondRun,

    [int] $Launches = 0,

    [string] $Compare,

    [string] $Base,

    [switch] $Confirm,

    [string] $Threshold = '10%',

    [string] $Noise = '1ns',

    [Parameter(ValueFromRemainingArguments = $true)]
    [string[]] $BenchmarkArgs = @()
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot

# Suite name -> runnable project. The names are the lab's public vocabulary (results/<suite>.md).
$projects = [ordered]@{
    orm           = 'bench/PerfLab.Bench.Orm'
    indexes       = 'bench/PerfLab.Bench.Indexes'
    serialization = 'bench/PerfLab.Bench.Serialization'
    caching       = 'bench/PerfLab.Bench.Caching'
}

function Write-Step([string] $message) {
    Write-Host "==> $message" -ForegroundColor Cyan
}

# Starts dotnet with exactly these arguments. PowerShell's own native-command call (& dotnet @args) expands
# wildcards on Unix, which would turn BenchmarkDotNet's `--filter *` into the names of the files in this folder.
function Invoke-Dotnet([string[]] $arguments) {
    $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($argument in $arguments) { $start.ArgumentList.Add($argument) }
    $start.UseShellExecute = $false
    # In PowerShell's current location (Push-Location does not move the process's own working directory):
    # BenchmarkDotNet finds the benchmark project from there, which is how -Base runs each side from its own tree.
    $start.WorkingDirectory = (Get-Location).ProviderPath
    $process = [System.Diagnostics.Process]::Start($start)
    $process.WaitForExit()
    return $process.ExitCode
}

# The lab's reporting tool (report, compare) from the current build.
function Invoke-Reporting([string[]] $arguments) {
    return Invoke-Dotnet (@('run', '-c', 'Release', '--no-build', '--project', (Join-Path $root 'src/PerfLab.Reporting'), '--') + $arguments)
}

# One run of one suite's benchmark project from <tree> (the repository, or -Base's worktree), exports into <exports>.
function Invoke-Suite([string] $tree, [string] $name, [string] $exports, [string[]] $arguments) {
    return Invoke-Dotnet (@('run', '-c', 'Release', '--no-build', '--project', (Join-Path $tree $projects[$name]), '--',
            '--profile', $Profile, '--artifacts', $exports) + $arguments)
}

function Stop-Usage([string] $message) {
    [Console]::Error.WriteLine("run-benchmarks: $message")
    exit 2
}

# From bash, `-Suite orm,caching` arrives as one string: split it here.
$Suite = @($Suite | ForEach-Object { $_ -split ',' } | ForEach-Object { $_.Trim() } | Where-Object { $_ })
foreach ($name in $Suite) {
    if (-not $projects.Contains($name)) { Stop-Usage "unknown suite '$name' (expected one of: $($projects.Keys -join ', '))" }
}
if ($Base -and $Compare) { Stop-Usage "-Base and -Compare are alternatives: -Base measures its own baseline" }
if ($Confirm -and -not $Base) { Stop-Usage "-Confirm re-runs an interleaved A/B: it needs -Base" }
if ($SecondRun -and ($Base -or $Compare -or $Launches -gt 1 -or $NoReport)) {
    Stop-Usage "-SecondRun makes and publishes its own comparison: it cannot be combined with -Base, -Compare, -Launches or -NoReport"
}
if ($Launches -eq 0) { $Launches = if ($Base) { 5 } else { 1 } }
if ($Launches -lt 1) { Stop-Usage "-Launches must be at least 1" }
if ($Base -and $Launches -lt 5) { Stop-Usage "-Base needs -Launches 5 or more: fewer launches cannot separate a shift from launch-to-launch noise" }
if ($Base) {
    $baseCommit = & git -C $root rev-parse --verify --quiet "$Base^{commit}"
    if ($LASTEXITCODE -ne 0 -or -not $baseCommit) { Stop-Usage "-Base '$Base' is not a commit in this repository" }
}
if ($Compare) {
    $Compare = [System.IO.Path]::GetFullPath($Compare, (Get-Location).Path)
    if (-not (Test-Path $Compare)) { Stop-Usage "-Compare '$Compare': no such folder or file" }
}

if (-not $Artifacts) {
    $Artifacts = Join-Path $root "BenchmarkDotNet.Artifacts/run-$((Get-Date).ToUniversalTime().ToString('yyyyMMdd-HHmmss'))"
}
$Artifacts = [System.IO.Path]::GetFullPath($Artifacts, (Get-Location).Path)
if (-not $Results) {
    $Results = if ($Profile -eq 'quick') { Join-Path $Artifacts 'report' } else { Join-Path $root 'results' }
}
$Results = [System.IO.Path]::GetFullPath($Results, (Get-Location).Path)

# Record what was measured: results name the commit (with -dirty when the tree had uncommitted changes).
$commit = (& git -C $root rev-parse --short=12 HEAD 2>$null)
if ($LASTEXITCODE -eq 0 -and $commit) {
    if (& git -C $root status --porcelain 2>$null) { $commit = "$commit-dirty" }
    $env:PERFLAB_COMMIT = $commit
}

$started = Get-Date
if (-not $NoBuild) {
    Write-Step "Building (Release)"
    if ((Invoke-Dotnet @('build', (Join-Path $root 'PerfLab.sln'), '-c', 'Release', '--nologo', '-v', 'quiet')) -ne 0) {
        [Console]::Error.WriteLine("run-benchmarks: build failed; no suite was run")
        exit 1
    }
}

# Without a filter BenchmarkSwitcher would ask interactively which benchmarks to run.
$selection = if ($BenchmarkArgs | Where-Object { $_ -in @('--filter', '-f', '--list', '--anyCategories', '--allCategories') }) { @() } else { @('--filter', '*') }

# The comparison (src/PerfLab.Reporting compare) of two export folders; writes <Artifacts>/<name>.md and .json.
# -failOn none for a comparison that only measures (the second run), regression for one that judges a change.
function Invoke-Comparison([string] $baseExports, [string] $diffExports, [string] $name, [string[]] $filters = @(), [string] $failOn = 'regression') {
    Write-Step "Compare: $baseExports -> $diffExports"
    $arguments = @('compare', '--base', $baseExports, '--diff', $diffExports, '--threshold', $Threshold, '--noise', $Noise, '--fail-on', $failOn,
        '--markdown', (Join-Path $Artifacts "$name.md"), '--json', (Join-Path $Artifacts "$name.json"))
    if ($filters.Count -gt 0) { $arguments += @('--filter') + $filters }
    return Invoke-Reporting $arguments
}

# BenchmarkDotNet's own --filter (and its values) taken out of the pass-through arguments, for the confirmation run.
function Remove-Filter([string[]] $arguments) {
    $kept = @()
    $skipping = $false
    foreach ($argument in $arguments) {
        if ($argument -in @('--filter', '-f')) { $skipping = $true; continue }
        if ($skipping -and -not $argument.StartsWith('-')) { continue }
        $skipping = $false
        $kept += $argument
    }
    return , $kept
}

# Runs every suite -Launches times per side, alternating base and head and flipping the order every round
# (base, head, head, base, ...), so drift over time hits both sides alike. Exports: <outRoot>/<side>/<suite>/run-<i>.
function Invoke-Interleaved([string] $outRoot, [string[]] $benchmarkArguments) {
    $failures = @()
    foreach ($name in $Suite) {
        for ($launch = 1; $launch -le $Launches; $launch++) {
            $order = if ($launch % 2 -eq 1) { @('base', 'head') } else { @('head', 'base') }
            foreach ($side in $order) {
                $tree = if ($side -eq 'base') { $baseTree } else { $root }
                $exports = Join-Path $outRoot "$side/$name/run-$launch"
                Write-Step "$name run $launch/$Launches, $side -> $exports"
                # BenchmarkDotNet looks for the benchmark project from the working directory up: run each side in its tree.
                Push-Location $tree
                $env:PERFLAB_COMMIT = if ($side -eq 'base') { $baseLabel } else { $commit }
                try {
                    $code = Invoke-Suite $tree $name $exports $benchmarkArguments
                }
                finally {
                    Pop-Location
                }
                if ($code -ne 0) { $failures += "$side $name run $launch (exit $code)" }
            }
        }
    }
    return , $failures
}

# -Base: build the base ref in a temporary git worktree, run base and head interleaved, compare, optionally confirm.
function Invoke-InterleavedComparison {
    $script:baseLabel = $baseCommit.Substring(0, 12)
    # Outside the repository: BenchmarkDotNet searches the tree it runs in for the project, and must find one copy.
    $script:baseTree = Join-Path ([System.IO.Path]::GetTempPath()) "perflab-base-$baseLabel-$PID"
    Write-Step "Base $Base ($baseLabel) -> worktree $baseTree"
    & git -C $root worktree add --detach --force $baseTree $baseCommit 2>&1 | Out-Host
    if ($LASTEXITCODE -ne 0) { Stop-Usage "could not check out '$Base' into a git worktree" }
    try {
        foreach ($name in $Suite) {
            $project = Join-Path $baseTree $projects[$name]
            if (-not (Test-Path $project)) { Stop-Usage "suite '$name' does not exist at $Base ($baseLabel)" }
            Write-Step "Building base $name (Release)"
            if ((Invoke-Dotnet @('build', $project, '-c', 'Release', '--nologo', '-v', 'quiet')) -ne 0) {
                [Console]::Error.WriteLine("run-benchmarks: build of $name at $Base failed")
                return 1
            }
        }

        $failures = Invoke-Interleaved $Artifacts ($selection + $BenchmarkArgs)
        $code = Invoke-Comparison (Join-Path $Artifacts 'base') (Join-Path $Artifacts 'head') 'comparison'

        if ($code -eq 1 -and $Confirm) {
            $report = Get-Content -Raw (Join-Path $Artifacts 'comparison.json') | ConvertFrom-Json
            $regressed = @($report.benchmarks | Where-Object { $_.verdict -eq 'slower' } | ForEach-Object { $_.fullName })
            # BenchmarkDotNet filters by method (all its parameter cases run); the comparison looks at the regressed cases only.
            $methods = @($regressed | ForEach-Object { ($_ -split '\(', 2)[0] } | Sort-Object -Unique)
            Write-Step "Confirming $($regressed.Count) regression(s) with another interleaved run: $($methods -join ', ')"
            $failures += Invoke-Interleaved (Join-Path $Artifacts 'confirm') (@('--filter') + $methods + (Remove-Filter $BenchmarkArgs))
            $code = Invoke-Comparison (Join-Path $Artifacts 'confirm/base') (Join-Path $Artifacts 'confirm/head') 'comparison-confirm' $regressed
            $verdict = if ($code -eq 1) { 'confirmed' } else { 'not confirmed' }
            Write-Host "    regression $verdict (see $(Join-Path $Artifacts 'comparison-confirm.md'))" -ForegroundColor $(if ($code -eq 1) { 'Red' } else { 'Green' })
        }

        foreach ($failure in $failures) { Write-Host "    FAILED: $failure" -ForegroundColor Red }
        if ($code -eq 0 -and $failures.Count -gt 0) { return 1 }
        return $code
    }
    finally {
        & git -C $root worktree remove --force $baseTree 2>&1 | Out-Host
    }
}

if ($Base) {
    exit (Invoke-InterleavedComparison)
}

$failed = [System.Collections.Generic.List[string]]::new()
# With -SecondRun the whole selection runs twice, one pass after the other (not suite by suite), like two separate runs.
$passes = if ($SecondRun) { @('run1', 'run2') } else { @('') }
foreach ($pass in $passes) {
    $passArtifacts = if ($pass) { Join-Path $Artifacts $pass } else { $Artifacts }
    $index = 0
    foreach ($name in $Suite) {
        $index++
        for ($launch = 1; $launch -le $Launches; $launch++) {
            # One run keeps the usual layout; repeated runs (-Launches) get a folder each, all read by report and compare.
            $suiteArtifacts = if ($Launches -eq 1) { Join-Path $passArtifacts $name } else { Join-Path $passArtifacts "$name/run-$launch" }
            $label = if ($Launches -eq 1) { $name } else { "$name run $launch/$Launches" }
            if ($pass) { $label = "$pass $label" }
            Write-Step "[$index/$($Suite.Count)] $label ($Profile profile) -> $suiteArtifacts"
            $suiteStarted = Get-Date
            $code = Invoke-Suite $root $name $suiteArtifacts ($selection + $BenchmarkArgs)
            $elapsed = (Get-Date) - $suiteStarted
            if ($code -ne 0) {
                $failed.Add($label)
                Write-Host "    $label FAILED (exit $code) after $($elapsed.ToString('mm\:ss'))" -ForegroundColor Red
            }
            else {
                Write-Host "    $label done in $($elapsed.ToString('mm\:ss'))" -ForegroundColor Green
            }
        }
    }
}

if (-not $NoReport) {
    $reportInput = $Artifacts
    $reportArguments = @('--findings', (Join-Path $root 'bench/findings.json'))
    if ($SecondRun) {
        $reportInput = Join-Path $Artifacts 'run1'
        $secondRunCode = Invoke-Comparison $reportInput (Join-Path $Artifacts 'run2') 'run-to-run' -failOn 'none'
        if ($secondRunCode -ne 0) { $failed.Add('run-to-run comparison') }
        $reportArguments += @('--second-run', (Join-Path $Artifacts 'run-to-run.json'))
    }
    # The repository's README carries the headline findings of the published results, never of a run written elsewhere.
    if ([System.IO.Path]::TrimEndingDirectorySeparator($Results) -eq (Join-Path $root 'results')) { $reportArguments += @('--readme', (Join-Path $root 'README.md')) }
    Write-Step "Report: $reportInput -> $Results"
    $code = Invoke-Reporting (@('report', '--input', $reportInput, '--output', $Results) + $reportArguments)
    if ($code -ne 0) { $failed.Add('report') }
}

$comparison = 0
if ($Compare) {
    $comparison = Invoke-Comparison $Compare $Artifacts 'comparison'
    Write-Host "    comparison: $(Join-Path $Artifacts 'comparison.md') (exit $comparison)"
}

$total = (Get-Date) - $started
if ($comparison -eq 2) { exit 2 }
if ($failed.Count -gt 0) {
    Write-Host "Failed: $($failed -join ', ') (total $($total.ToString('hh\:mm\:ss')))" -ForegroundColor Red
    exit 1
}
Write-Host "All done in $($total.ToString('hh\:mm\:ss')). Exports: $Artifacts" -ForegroundColor Green
exit $comparison
