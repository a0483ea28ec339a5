using System.Runtime.InteropServices;

namespace HydraEngine.Definitions.Files;

/// <summary>
/// Reads an input file (a definition, a saved page, a plugin manifest, a sidecar) safely: only a regular file
/// (a device such as <c>/dev/zero</c>, a FIFO or a socket is refused before it is opened, so nothing blocks or
/// reads forever), and never more than a limit, counted while reading (never trusting the file's length).
/// </summary>
public static class InputFile
{
    /// <summary>The bytes of <paramref name="path"/>; throws <see cref="InputFileException"/> (an <see cref="IOException"/>) when refused.</summary>
    public static byte[] ReadAllBytes(string path, long maximumBytes)
    {
        using var stream = OpenRead(path);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maximumBytes)
            {
                throw new InputFileException($"{path} is larger than the limit of {Describe(maximumBytes)}.", tooLarge: true);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The file opened for reading once it is known to be a regular file (throws <see cref="InputFileException"/>
    /// otherwise), for a caller that counts what it reads itself.
    /// </summary>
    public static FileStream OpenRead(string path)
    {
        if (FileKinds.Describe(path) is { } notRegular)
        {
            throw new InputFileException($"{path} is {notRegular}, not a regular file; only regular files are read.");
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
    }

    /// <summary>A byte count for messages: "8 GiB", "64 MiB", "512 KiB", "100 bytes".</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 * 1024 when bytes % (1024 * 1024 * 1024) == 0 => $"{bytes / (1024 * 1024 * 1024)} GiB",
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MiB",
        >= 1024 when bytes % 1024 == 0 => $"{bytes / 1024} KiB",
        _ => $"{bytes} bytes",
    };
}

/// <summary>An input file that was refused: not a regular file, or over its size limit.</summary>
public sealed class InputFileException(string message, bool tooLarge = false) : IOException(message)
{
    public bool TooLarge { get; } = tooLarge;
}

/// <summary>What kind of file a path names, from <c>statx</c> (Linux); elsewhere every existing path counts as regular.</summary>
internal static partial class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 1;
    private const int ModeOffset = 28;

    /// <summary>Null for a regular file (or when the kind cannot be told); otherwise what it is, for a message.</summary>
    public static string? Describe(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => null,
            0x4000 => "a directory",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0x1000 => "a FIFO (named pipe)",
            0xC000 => "a socket",
            _ => "a special file",
        };
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
