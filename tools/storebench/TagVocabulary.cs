using System.Globalization;

namespace HydraEngine.StoreBench;

/// <summary>
/// A synthetic tag vocabulary with Zipf-like popularity (exponent 1.05): rank 1 is the most used tag.
/// Tags are a mix of unnamespaced and namespaced (character, series, creator, meta), as on boorus.
/// </summary>
internal sealed class TagVocabulary
{
    private static readonly string[] Namespaces = ["", "", "", "", "", "character", "series", "creator", "meta"];

    private readonly double[] cumulative;

    public TagVocabulary(int size)
    {
        Tags = new string[size];
        cumulative = new double[size];
        var total = 0.0;
        for (var rank = 1; rank <= size; rank++)
        {
            var ns = Namespaces[rank % Namespaces.Length];
            var text = $"tag {rank.ToString(CultureInfo.InvariantCulture)}";
            Tags[rank - 1] = ns.Length == 0 ? text : $"{ns}:{text}";
            total += 1.0 / Math.Pow(rank, 1.05);
            cumulative[rank - 1] = total;
        }

        for (var index = 0; index < size; index++)
        {
            cumulative[index] /= total;
        }
    }

    public string[] Tags { get; }

    /// <summary>A tag index drawn by popularity.</summary>
    public int Draw(Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, Tags.Length - 1);
    }
}
