using System.Text;
using System.Text.Json;

namespace PerfLab.Reporting.Publishing;

/// <summary>
/// Publishes a report into its output folder, kill-safe and without renaming the folder itself (so a mount point or a
/// folder on another file system works):
/// <list type="number">
/// <item>leftovers of an earlier, interrupted report are dealt with first (<see cref="Recover"/>);</item>
/// <item>every new file is written into a staging folder <i>inside</i> the output folder (same file system);</item>
/// <item>the README's replacement, if any, is written beside the README;</item>
/// <item>the journal is written (temporary file, then a rename): the commit point. Cancelled or failed before it, the
/// staging is deleted and the output is the old one, untouched;</item>
/// <item>each new file is renamed over its old one (an atomic replace per file), the previous report's files that the
/// new one lacks are deleted, the README is renamed over, the journal is removed. Killed in here, the next report
/// completes these steps before anything else, so the output becomes entirely the new one.</item>
/// </list>
/// The report owns exactly the files its manifest (<see cref="Manifest"/>) lists: a file it did not write is never
/// touched; one in the way of a new file is bad input (unless it has the same bytes: then it is adopted).
/// </summary>
public static class OutputFolder
{
    /// <summary>The report's manifest: its profile and every file it wrote. Also how the committed results folder is recognised.</summary>
    public const string Manifest = ".perflab-report.json";

    private const string JournalFile = ".perflab-journal.json";
    private const string StagingPrefix = ExportLoader.InternalPrefix + "staging-";
    private const string ReadmeSuffix = ".perflab-new";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The manifest as written (deterministic: sorted file list, no clock).</summary>
    private sealed record ManifestFile(string Schema, string Profile, IReadOnlyList<string> Files);

    /// <summary>What the folder holds of an earlier report.</summary>
    /// <param name="IsResults">The folder is a published results folder: only results-profile runs may replace it.</param>
    /// <param name="Files">The files the earlier report wrote (relative, '/').</param>
    /// <param name="Evidence">What says the folder holds published results, for the refusal's message.</param>
    public sealed record Previous(bool IsResults, IReadOnlySet<string> Files, string Evidence = "");

    /// <summary>
    /// The earlier report in <paramref name="output"/>, from its manifest; a folder without one holds no report (a file in
    /// it where the report writes is in the way: <see cref="CheckConflicts"/>).
    /// </summary>
    public static Previous Read(string output)
    {
        var manifestPath = Path.Combine(output, Manifest);
        if (!File.Exists(manifestPath)) return new Previous(false, new HashSet<string>(StringComparer.Ordinal));
        try
        {
            var manifest = JsonSerializer.Deserialize<ManifestFile>(File.ReadAllText(manifestPath), JsonOptions)
                ?? throw new JsonException("empty");
            return new Previous(manifest.Profile == LabNames.Profiles.Results, manifest.Files.Append(Manifest).ToHashSet(StringComparer.Ordinal),
                $"its {Manifest} says profile '{manifest.Profile}'");
        }
        catch (JsonException e)
        {
            throw new BadInputException($"{manifestPath}: unreadable report manifest ({e.Message}); restore it or delete the folder's report files by hand", e);
        }
    }

    /// <summary>The manifest's bytes for a report of <paramref name="files"/> (relative paths) from runs of <paramref name="profile"/>.</summary>
    public static byte[] ManifestBytes(string profile, IEnumerable<string> files) =>
        Utf8NoBom.GetBytes(JsonSerializer.Serialize(new ManifestFile("perflab-report/1", profile, files.Order(StringComparer.Ordinal).ToArray()), JsonOptions) + "\n");

    /// <summary>
    /// One report at a time per output folder (another one's recovery would delete this one's staging). The lock file
    /// lives in the temporary folder, not in the output, so a killed report leaves nothing there; the operating system
    /// releases the lock with the process.
    /// </summary>
    public static IDisposable Lock(string output)
    {
        var name = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(output)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"perflab-report-{name}.lock");
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e)
        {
            throw new BadInputException($"{output}: another report is writing this folder ({e.Message})", e);
        }
    }

    /// <summary>Whether a killed report left <paramref name="output"/> mid-publish: a journal (committed) or a staging folder (not).</summary>
    public static bool IsInterrupted(string output) =>
        Directory.Exists(output)
        && (File.Exists(Path.Combine(output, JournalFile)) || File.Exists(Path.Combine(output, JournalFile + ".tmp"))
            || Directory.EnumerateDirectories(output, StagingPrefix + "*").Any());

    /// <summary>
    /// <see cref="Recover"/> under the folder's lock, for a command that is not about to report into it (every perflab
    /// command finishes an interrupted publish of the committed results before it does anything else).
    /// </summary>
    public static void RecoverLocked(string output)
    {
        using var writer = Lock(output);
        Recover(output);
    }

    /// <summary>Completes a publish a kill interrupted (its journal), then removes staging folders of uncommitted ones.</summary>
    public static void Recover(string output, Action<string>? beforeStep = null)
    {
        if (!Directory.Exists(output)) return;
        var journalPath = Path.Combine(output, JournalFile);
        if (File.Exists(journalPath))
        {
            PublishJournal journal;
            try
            {
                journal = JsonSerializer.Deserialize<PublishJournal>(File.ReadAllText(journalPath), JsonOptions) ?? throw new JsonException("empty");
            }
            catch (JsonException e)
            {
                throw new BadInputException($"{journalPath}: unreadable journal of an interrupted report ({e.Message}); inspect the folder, then delete it", e);
            }
            Apply(output, journal, beforeStep);
        }
        foreach (var stale in Directory.EnumerateDirectories(output, StagingPrefix + "*")) Directory.Delete(stale, recursive: true);
        var temporaryJournal = journalPath + ".tmp";
        if (File.Exists(temporaryJournal)) File.Delete(temporaryJournal);
    }

    /// <summary>
    /// Publishes <paramref name="files"/> (relative path → bytes, the manifest included) into <paramref name="output"/>
    /// as described on the class. <paramref name="beforeStep"/> is fault injection for tests: called with a step name
    /// before every step that changes the disk.
    /// </summary>
    public static void Publish(
        string output, Previous previous, IReadOnlyDictionary<string, byte[]> files, (string Path, string Text)? readme, CancellationToken cancellation, Action<string>? beforeStep = null)
    {
        CheckConflicts(output, previous, files);
        var stagingName = StagingPrefix + Guid.NewGuid().ToString("N");
        var staging = Path.Combine(output, stagingName);
        var readmeTemporary = readme is { } r ? r.Path + ReadmeSuffix : null;
        var committed = false;
        try
        {
            foreach (var (relative, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                cancellation.ThrowIfCancellationRequested();
                beforeStep?.Invoke("stage " + relative);
                var path = Path.Combine(staging, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, bytes);
            }
            if (readme is { } update)
            {
                beforeStep?.Invoke("stage readme");
                File.WriteAllText(readmeTemporary!, update.Text, Utf8NoBom);
            }

            cancellation.ThrowIfCancellationRequested();
            var journal = new PublishJournal(
                stagingName,
                files.Keys.Order(StringComparer.Ordinal).ToArray(),
                previous.Files.Except(files.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
                readmeTemporary,
                readme?.Path);
            var journalPath = Path.Combine(output, JournalFile);
            beforeStep?.Invoke("journal");
            File.WriteAllText(journalPath + ".tmp", JsonSerializer.Serialize(journal, JsonOptions), Utf8NoBom);
            beforeStep?.Invoke("commit");
            File.Move(journalPath + ".tmp", journalPath);
            committed = true;
            Apply(output, journal, beforeStep);
        }
        catch (Exception e) when (!committed && e is not SimulatedCrash)
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (readmeTemporary is not null && File.Exists(readmeTemporary)) File.Delete(readmeTemporary);
            var temporaryJournal = Path.Combine(output, JournalFile + ".tmp");
            if (File.Exists(temporaryJournal)) File.Delete(temporaryJournal);
            throw;
        }
    }

    /// <summary>The committed steps; each checks what is already done, so a second call completes an interrupted first.</summary>
    private static void Apply(string output, PublishJournal journal, Action<string>? beforeStep)
    {
        var staging = Path.Combine(output, journal.Staging);
        foreach (var relative in journal.Add)
        {
            var from = Path.Combine(staging, relative);
            if (!File.Exists(from)) continue;
            beforeStep?.Invoke("replace " + relative);
            var to = Path.Combine(output, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Move(from, to, overwrite: true);
        }
        foreach (var relative in journal.Remove)
        {
            var path = Path.Combine(output, relative);
            if (!File.Exists(path)) continue;
            beforeStep?.Invoke("remove " + relative);
            File.Delete(path);
            PruneEmptyFolders(output, Path.GetDirectoryName(path)!);
        }
        if (journal.ReadmeTemporary is { } temporary && File.Exists(temporary))
        {
            beforeStep?.Invoke("readme");
            File.Move(temporary, journal.Readme!, overwrite: true);
        }
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        beforeStep?.Invoke("done");
        File.Delete(Path.Combine(output, JournalFile));
    }

    /// <summary>Removes folders left empty by a removed file, up to (not including) the output folder.</summary>
    private static void PruneEmptyFolders(string output, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(output);
        while (folder.Length > root.Length && folder.StartsWith(root, StringComparison.Ordinal) && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    /// <summary>A new file may replace only a file of the earlier report, or an identical one; anything else is in the way.</summary>
    private static void CheckConflicts(string output, Previous previous, IReadOnlyDictionary<string, byte[]> files)
    {
        foreach (var (relative, bytes) in files)
        {
            var path = Path.Combine(output, relative);
            if (Directory.Exists(path))
                throw new BadInputException($"{path}: is a folder where the report writes a file; move it away");
            if (File.Exists(path) && !previous.Files.Contains(relative) && !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
                throw new BadInputException($"{path}: exists and was not written by the report (not in its {Manifest}); move it away or delete it");
        }
    }
}
