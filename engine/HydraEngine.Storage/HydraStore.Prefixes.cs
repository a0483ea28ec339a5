using System.Text.RegularExpressions;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage;

/// <summary>Finding a file by the first few hex digits of its SHA-256, as people copy them.</summary>
public sealed partial class HydraStore
{
    /// <summary>The shortest prefix looked up (shorter ones match too much to be meant).</summary>
    public const int MinimumHashPrefix = 6;

    /// <summary>
    /// The one known file whose SHA-256 starts with <paramref name="hexPrefix"/> (a full hash is taken as it is).
    /// Throws <see cref="StoreException"/> when the text is not hex, is too short, or matches no file or several.
    /// </summary>
    public FileHash ResolveHashPrefix(string hexPrefix)
    {
        var text = hexPrefix.Trim();
        if (FileHash.TryParse(text, out var full))
        {
            return full;
        }

        if (text.Length < MinimumHashPrefix || !HexDigits().IsMatch(text))
        {
            throw new StoreException($"'{hexPrefix}' is not a file hash: give the SHA-256 (64 hex digits) or its first {MinimumHashPrefix} or more digits");
        }

        var matches = database.Query<byte[]>("SELECT hash FROM hashes WHERE hex(hash) LIKE @prefix LIMIT 3", new { prefix = text.ToUpperInvariant() + "%" })
            .Select(bytes => FileHash.FromBytes(bytes))
            .ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new StoreException($"no file's hash starts with '{text}'; `hydra search` lists the files"),
            _ => throw new StoreException($"'{text}' starts the hashes of several files ({string.Join(", ", matches.Select(hash => hash.ToHex()[..12] + "…"))}); give more digits"),
        };
    }

    [GeneratedRegex("^[0-9a-fA-F]+$")]
    private static partial Regex HexDigits();
}
