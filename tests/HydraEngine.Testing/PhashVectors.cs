using System.Text.Json;
using Xunit;

namespace HydraEngine.Testing;

/// <summary>
/// hydrus's own perceptual-hash vectors (../shared/spec/vectors/phash): one row per image with the width, height,
/// pixel hash, raw phash and stored phash set hydrus v682 computes.
/// </summary>
public static class PhashVectors
{
    public static string? Folder
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "spec", "vectors", "phash"));
            return File.Exists(Path.Combine(candidate, "vectors.jsonl")) ? candidate : null;
        }
    }

    /// <summary>The file names of every row, for a theory (empty when the vectors are absent).</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows())
        {
            data.Add(row.File);
        }

        return data;
    }

    public static IReadOnlyList<PhashVector> Rows()
    {
        if (Folder is not { } folder)
        {
            return [];
        }

        return File.ReadLines(Path.Combine(folder, "vectors.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<PhashVector>(line, Options)!)
            .ToList();
    }

    public static PhashVector Row(string file) => Rows().Single(row => row.File == file);

    public static string PathOf(string file) => Path.Combine(Folder!, file);

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}

public sealed record PhashVector(string File, string Mime, int Width, int Height, string PixelHash, IReadOnlyList<string> Phashes, string RawPhash);

/// <summary>A theory over the phash vectors, skipped with a reason when ../shared/spec/vectors is absent.</summary>
public sealed class PhashVectorTheoryAttribute : TheoryAttribute
{
    public PhashVectorTheoryAttribute()
    {
        if (PhashVectors.Folder is null)
        {
            Skip = "../shared/spec/vectors/phash is absent on this machine: hydrus's phash vectors were NOT checked.";
        }
    }
}

/// <summary>A fact that reads the phash vectors, skipped with a reason when ../shared/spec/vectors is absent.</summary>
public sealed class PhashVectorFactAttribute : FactAttribute
{
    public PhashVectorFactAttribute()
    {
        if (PhashVectors.Folder is null)
        {
            Skip = "../shared/spec/vectors/phash is absent on this machine: this check against hydrus's vectors did NOT run.";
        }
    }
}
