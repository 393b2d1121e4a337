#!/usr/bin/env pwsh
<#
.SYNOPSIS
    PerfLab's documented entry point: runs the lab's command-line tool, perflab (src/PerfLab.Lab), with these options.

.DESCRIPTION
    A thin wrapper: everything is done and validated by `perflab` (dotnet run -c Release --project src/PerfLab.Lab);
    `dotnet pwsh ./run-benchmarks.ps1 --help` shows the script's parameters and perflab's full help and exit codes
    (`run --help`, `ab --help`, ...: a command's). Without arguments it runs every suite
    with the results profile and writes the report into results/.

    On a fresh machine:  dotnet tool restore && dotnet pwsh ./run-benchmarks.ps1

    Either perflab's own command line:
        dotnet pwsh ./run-benchmarks.ps1 run --suite orm --profile quick -- --filter '*ById*'
    or the script's named parameters, mapped one to one onto perflab run (or perflab ab when -Base is given):
        -Suite -> --suite, -Profile -> --profile, -Rounds -> --rounds, -Seed -> --seed, -Engine -> --engine, -Part -> --part,
        -Artifacts -> --artifacts, -Results -> --results, -NoReport -> --no-report, -NoBuild -> --no-build, -Reproducibility (or the older
        -SecondRun) -> --reproducibility, -Reproduce -> --reproduce, -Resume -> --resume, -Base -> ab --base, -Confirm -> --confirm,
        -Threshold -> --threshold, -Noise -> --noise. Anything else (e.g. --filter '*Small*') goes to BenchmarkDotNet.

.EXAMPLE
    dotnet pwsh ./run-benchmarks.ps1 -Reproducibility
    The committed results: every suite, results profile, plus the independent second run for the noise page.
.EXAMPLE
    dotnet pwsh ./run-benchmarks.ps1 -Suite transactions -Reproduce
    On another machine or after a reboot: the reproducibility run of the published transactions run, built from its commit.
.EXAMPLE
    dotnet pwsh ./run-benchmarks.ps1 -Suite orm -Engine PostgreSQL -Part by-id
    One part of a suite published in parts (perflab suites --parts lists them): orm's PostgreSQL by-id rows.
.EXAMPLE
    dotnet pwsh ./run-benchmarks.ps1 -Suite orm -Profile quick
.EXAMPLE
    dotnet pwsh ./run-benchmarks.ps1 -Suite serialization --filter '*Small*'
.EXAMPLE
    dotnet pwsh ./run-benchmarks.ps1 -Suite orm -Base origin/main -Confirm
#>
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# perflab's help and version options; they, and any first argument that is not an option (a command: run, ab, report,
# compare, power, suites, ...), are passed on untouched: perflab itself knows its commands and refuses others.
$helps = @('-?', '-h', '--help')
$passedOn = $helps + @('--version')
# The script's named parameters and perflab's options; the switches take no value.
$options = [ordered]@{
    '-Suite' = '--suite'; '-Profile' = '--profile'; '-Rounds' = '--rounds'; '-Seed' = '--seed'; '-Engine' = '--engine'; '-Part' = '--part'; '-Artifacts' = '--artifacts'
    '-Results' = '--results'; '-Resume' = '--resume'; '-Base' = '--base'; '-Threshold' = '--threshold'; '-Noise' = '--noise'
}
$switches = [ordered]@{
    '-NoReport' = '--no-report'; '-NoBuild' = '--no-build'; '-Reproducibility' = '--reproducibility'; '-SecondRun' = '--reproducibility'
    '-Reproduce' = '--reproduce'
    '-Confirm' = '--confirm'
}
$retired = @{
    '-Launches' = 'rounds replace launches: -Rounds (results runs need at least 5)'
    '-Compare'  = 'after the run: dotnet pwsh ./run-benchmarks.ps1 compare --base <stored run> --diff <artifacts>'
}

function ConvertTo-Perflab([object[]] $arguments) {
    if ($arguments.Count -gt 0 -and ([string]$arguments[0] -in $passedOn -or -not ([string]$arguments[0]).StartsWith('-'))) {
        return , @($arguments | ForEach-Object { [string]$_ })
    }
    $command = 'run'
    $own = [System.Collections.Generic.List[string]]::new()
    $benchmark = [System.Collections.Generic.List[string]]::new()
    for ($i = 0; $i -lt $arguments.Count; $i++) {
        $name = [string]$arguments[$i]
        if ($retired.ContainsKey($name)) {
            [Console]::Error.WriteLine("run-benchmarks: $name is retired: $($retired[$name])")
            exit 2
        }
        if ($switches.Contains($name)) { $own.Add($switches[$name]); continue }
        if ($options.Contains($name)) {
            if ($i + 1 -ge $arguments.Count) {
                [Console]::Error.WriteLine("run-benchmarks: $name needs a value")
                exit 2
            }
            if ($name -eq '-Base') { $command = 'ab' }
            # From PowerShell, -Suite orm,caching arrives as an array; from bash as one string. perflab takes both as "orm,caching".
            $own.Add($options[$name])
            $own.Add((@($arguments[++$i]) -join ','))
            continue
        }
        $benchmark.Add($name)
    }
    $result = @($command) + $own
    if ($benchmark.Count -gt 0) { $result += @('--') + $benchmark }
    return , $result
}

$perflab = ConvertTo-Perflab $args
$dotnet = @('run', '-c', 'Release', '--project', (Join-Path $PSScriptRoot 'src/PerfLab.Lab'))
if ($perflab -contains '--no-build') { $dotnet += '--no-build' }

if ($perflab.Count -eq 1 -and $perflab[0] -in $helps) {
    # The script's own parameters first (from the tables above), then perflab's help.
    Write-Output 'run-benchmarks.ps1 [perflab command line | named parameters] [BenchmarkDotNet options]'
    Write-Output '  Named parameters (perflab run; with -Base perflab ab):'
    foreach ($name in $options.Keys) { Write-Output "    $name <value> -> $($options[$name])" }
    foreach ($name in $switches.Keys) { Write-Output "    $name -> $($switches[$name])" }
    Write-Output '  Anything else goes to BenchmarkDotNet (after perflab''s --). perflab''s help follows.'
    Write-Output ''
}
if ($env:PERFLAB_SCRIPT_ECHO) {
    # For the script's tests: the command it would run, one argument per line, instead of running it.
    $dotnet + @('--') + $perflab | Write-Output
    exit 0
}

# Started directly with exactly these arguments: PowerShell's own native-command call expands wildcards on Unix,
# which would turn BenchmarkDotNet's `--filter *` into the names of the files in this folder.
$start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
foreach ($argument in $dotnet + @('--') + $perflab) { $start.ArgumentList.Add($argument) }
$start.UseShellExecute = $false
# From the caller's folder, so relative -Artifacts/-Results/-Resume paths mean what they meant; perflab finds the repository itself.
$start.WorkingDirectory = (Get-Location).ProviderPath
$process = [System.Diagnostics.Process]::Start($start)
# Ctrl-C reaches perflab itself (same console): it stops the round, keeps run.json and exits 130.
$process.WaitForExit()
exit $process.ExitCode
