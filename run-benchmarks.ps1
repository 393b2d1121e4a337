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

.PARAMETER NoBuild
    Use the existing Release build (e.g. right after `dotnet test -c Release`).

.PARAMETER BenchmarkArgs
    Anything else is passed to BenchmarkDotNet unchanged, e.g. --filter '*QueryById*'.

.EXAMPLE
    dotnet pwsh ./run-benchmarks.ps1 -Suite orm -Profile quick
.EXAMPLE
    dotnet pwsh ./run-benchmarks.ps1 -Suite serialization --filter '*Small*'
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

function Invoke-Dotnet([string[]] $arguments) {
    & dotnet @arguments | Out-Host
    return $LASTEXITCODE
}

# From bash, `-Suite orm,caching` arrives as one string: split it here.
$Suite = @($Suite | ForEach-Object { $_ -split ',' } | ForEach-Object { $_.Trim() } | Where-Object { $_ })
foreach ($name in $Suite) {
    if (-not $projects.Contains($name)) {
        [Console]::Error.WriteLine("run-benchmarks: unknown suite '$name' (expected one of: $($projects.Keys -join ', '))")
        exit 2
    }
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

$failed = [System.Collections.Generic.List[string]]::new()
$index = 0
foreach ($name in $Suite) {
    $index++
    $suiteArtifacts = Join-Path $Artifacts $name
    Write-Step "[$index/$($Suite.Count)] $name ($Profile profile) -> $suiteArtifacts"
    $suiteStarted = Get-Date
    $code = Invoke-Dotnet (@('run', '-c', 'Release', '--no-build', '--project', (Join-Path $root $projects[$name]), '--',
            '--profile', $Profile, '--artifacts', $suiteArtifacts) + $selection + $BenchmarkArgs)
    $elapsed = (Get-Date) - $suiteStarted
    if ($code -ne 0) {
        $failed.Add($name)
        Write-Host "    $name FAILED (exit $code) after $($elapsed.ToString('mm\:ss'))" -ForegroundColor Red
    }
    else {
        Write-Host "    $name done in $($elapsed.ToString('mm\:ss'))" -ForegroundColor Green
    }
}

if (-not $NoReport) {
    Write-Step "Report: $Artifacts -> $Results"
    $code = Invoke-Dotnet @('run', '-c', 'Release', '--no-build', '--project', (Join-Path $root 'src/PerfLab.Reporting'), '--',
        'report', '--input', $Artifacts, '--output', $Results)
    if ($code -ne 0) { $failed.Add('report') }
}

$total = (Get-Date) - $started
if ($failed.Count -gt 0) {
    Write-Host "Failed: $($failed -join ', ') (total $($total.ToString('hh\:mm\:ss')))" -ForegroundColor Red
    exit 1
}
Write-Host "All done in $($total.ToString('hh\:mm\:ss')). Exports: $Artifacts" -ForegroundColor Green
exit 0
