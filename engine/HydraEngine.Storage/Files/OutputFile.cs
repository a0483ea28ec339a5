namespace HydraEngine.Storage.Files;

/// <summary>
/// Writes a file into a folder the user owns (an export) without ever writing through what is already there: the
/// bytes go to a new file created exclusively (never an existing path, never through a symbolic link), which is
/// then renamed over the name. A symbolic link at the name is replaced by the file, its target left untouched.
/// </summary>
public static class OutputFile
{
    public static void Copy(string sourcePath, string targetPath)
    {
        using var source = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read);
        Write(targetPath, source.CopyTo);
    }

    public static void WriteText(string targetPath, string text) =>
        Write(targetPath, stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            writer.Write(text);
        });

    public static void WriteLines(string targetPath, IEnumerable<string> lines) =>
        Write(targetPath, stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            foreach (var line in lines)
            {
                writer.WriteLine(line);
            }
        });

    private static void Write(string targetPath, Action<Stream> fill)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(targetPath))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(targetPath)}.{Guid.NewGuid():N}.part");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                fill(stream);
            }

            File.Move(temporary, targetPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
