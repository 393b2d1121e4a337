using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains;
using BenchmarkDotNet.Toolchains.CsProj;
using BenchmarkDotNet.Toolchains.Parameters;
using BenchmarkDotNet.Toolchains.Results;
using BenchmarkDotNet.Validators;

namespace PerfLab.Bench.Common;

/// <summary>
/// BenchmarkDotNet's .NET 10 toolchain (one process per case, built from a generated project), except that a round
/// reuses the previous round's build when nothing that goes into it changed. A results run is R rounds, each one bench
/// process, and BenchmarkDotNet restores and builds its generated project (and every project it references, into a
/// fresh folder) in each: 25 s a round here, two minutes of a five-round run spent compiling the same code.
/// </summary>
/// <remarks>
/// The generated program numbers its cases in execution order, and a round's order is random, so the project is
/// generated for the cases in one fixed order (type, then display name) and each case is launched with its number in
/// that order. The build is reused when the generated files and the bench program's own files (its assemblies, deps
/// and runtime config) hash to what the last build recorded beside its output; anything else builds afresh. The
/// executable is the same either way, so nothing measured changes: only the time before the first case.
/// </remarks>
public sealed class ReusedBuildToolchain : IToolchain
{
    /// <summary>Written beside the generated project after a successful build: the hash of what was built.</summary>
    public const string StampFileName = "perflab-build.sha256";

    public static readonly ReusedBuildToolchain Instance = new(CsProjCoreToolchain.NetCoreApp10_0);

    private readonly IToolchain _inner;
    private readonly ConcurrentDictionary<BenchmarkCase, int> _fixedIds = new();
    // BenchmarkDotNet hands the builder the same partition object it gave the generator (compared by reference).
    private readonly ConcurrentDictionary<BuildPartition, BuildPartition> _fixedPartitions = new();

    private ReusedBuildToolchain(IToolchain inner)
    {
        _inner = inner;
        Generator = new FixedOrderGenerator(this);
        Builder = new StampedBuilder(this);
        Executor = new FixedIdExecutor(this);
    }

    // The name shows in the job's display; the report's job identity leaves it out (BenchmarkResult.JobIdentity).
    public string Name => "PerfLabReusedBuild";

    public IGenerator Generator { get; }

    public IBuilder Builder { get; }

    public IExecutor Executor { get; }

    public bool IsInProcess => false;

    public IEnumerable<ValidationError> Validate(BenchmarkCase benchmarkCase, BenchmarkDotNet.Characteristics.IResolver resolver) =>
        _inner.Validate(benchmarkCase, resolver);

    public override string ToString() => Name;

    /// <summary>The order the generated program numbers its cases in: independent of the round's execution order.</summary>
    public static IReadOnlyList<BenchmarkBuildInfo> FixedOrder(IEnumerable<BenchmarkBuildInfo> benchmarks) =>
        benchmarks
            .OrderBy(b => b.BenchmarkCase.Descriptor.Type.FullName, StringComparer.Ordinal)
            .ThenBy(b => b.BenchmarkCase.DisplayInfo, StringComparer.Ordinal)
            .Select((b, index) => new BenchmarkBuildInfo(b.BenchmarkCase, b.Config, index))
            .ToArray();

    /// <summary>
    /// The hash a build is reused by: the generated project's files (code, project, script) and the files of the bench
    /// program's output folder, by name and content.
    /// </summary>
    public static string Fingerprint(string generatedFolder, string benchProgramFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (label, folder) in new[] { ("generated", generatedFolder), ("program", benchProgramFolder) })
        {
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => Path.GetFileName(f) != StampFileName).Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{label}/{Path.GetFileName(file)}\n"));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private sealed class FixedOrderGenerator(ReusedBuildToolchain owner) : IGenerator
    {
        public GenerateResult GenerateProject(BuildPartition buildPartition, ILogger logger, string rootArtifactsFolderPath)
        {
            var fixedPartition = owner._fixedPartitions.GetOrAdd(buildPartition, p => new BuildPartition([.. FixedOrder(p.Benchmarks)], p.Resolver));
            foreach (var info in fixedPartition.Benchmarks) owner._fixedIds[info.BenchmarkCase] = info.Id.Value;
            var generated = owner._inner.Generator.GenerateProject(fixedPartition, logger, rootArtifactsFolderPath);
            // Nothing to clean up after the round: the next one reuses the folder.
            return generated.IsGenerateSuccess
                ? GenerateResult.Success(generated.ArtifactsPaths, [])
                : generated;
        }
    }

    private sealed class StampedBuilder(ReusedBuildToolchain owner) : IBuilder
    {
        public BuildResult Build(GenerateResult generateResult, BuildPartition buildPartition, ILogger logger)
        {
            var paths = generateResult.ArtifactsPaths;
            var stamp = Path.Combine(paths.BuildArtifactsDirectoryPath, StampFileName);
            var fingerprint = Fingerprint(paths.BuildArtifactsDirectoryPath, Path.GetDirectoryName(buildPartition.AssemblyLocation)!);
            if (File.Exists(stamp) && File.ReadAllText(stamp).Trim() == fingerprint && File.Exists(paths.ExecutablePath))
            {
                logger.WriteLineInfo($"// PerfLab: reusing the build in {paths.BuildArtifactsDirectoryPath} (same generated project and program files, sha256 {fingerprint[..12]})");
                return BuildResult.Success(generateResult);
            }

            File.Delete(stamp);
            var built = owner._inner.Builder.Build(generateResult, owner._fixedPartitions[buildPartition], logger);
            if (built.IsBuildSuccess) File.WriteAllText(stamp, fingerprint + "\n");
            return built;
        }
    }

    private sealed class FixedIdExecutor(ReusedBuildToolchain owner) : IExecutor
    {
        public ExecuteResult Execute(ExecuteParameters executeParameters)
        {
            var id = owner._fixedIds.TryGetValue(executeParameters.BenchmarkCase, out var fixedId)
                ? fixedId
                : throw new InvalidOperationException($"no build holds {executeParameters.BenchmarkCase.DisplayInfo}");
            return owner._inner.Executor.Execute(new ExecuteParameters(
                executeParameters.BuildResult,
                executeParameters.BenchmarkCase,
                new BenchmarkId(id, executeParameters.BenchmarkCase),
                executeParameters.Logger,
                executeParameters.Resolver,
                executeParameters.LaunchIndex,
                executeParameters.Diagnoser));
        }
    }
}
