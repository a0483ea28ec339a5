namespace HydraEngine.Abstractions;

/// <summary>A file in the store, as import hooks and exporters see it.</summary>
/// <param name="Hash">The SHA-256, 64 lower-case hex digits.</param>
/// <param name="Path">Where the file's bytes are: the stored file for import hooks, the exported copy for exporters.</param>
/// <param name="Mime">The MIME type, e.g. <c>image/png</c>.</param>
/// <param name="TagsByService">The file's display tags by tag service name (e.g. <c>my tags</c>), each list sorted.</param>
/// <param name="Urls">The file's known URLs.</param>
/// <param name="Notes">The file's notes by name.</param>
public sealed record FileDetails(
    string Hash,
    string Path,
    string Mime,
    IReadOnlyDictionary<string, IReadOnlyList<string>> TagsByService,
    IReadOnlyList<string> Urls,
    IReadOnlyDictionary<string, string> Notes);

/// <summary>Called after a file import (a new file, or one already stored that received new tags, URLs or notes).</summary>
public interface IImportHook
{
    /// <summary>Reacts to one imported file. Runs after the import is committed: it cannot undo or change it.</summary>
    /// <param name="file">The imported file; <see cref="FileDetails.Path"/> is the stored copy, which must not be changed.</param>
    void OnImported(FileDetails file);
}

/// <summary>Called after a file has been exported (copied out of the store).</summary>
public interface IExporter
{
    /// <summary>Writes whatever this exporter adds beside the exported copy (e.g. sidecar files).</summary>
    /// <param name="file">The exported file; <see cref="FileDetails.Path"/> is the exported copy.</param>
    void Export(FileDetails file);
}
