using System.Text;
using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Conversions.Text;

/// <summary>
/// Type 15, <c>s + ''.join(random.choices(population, k=n))</c>: n code points drawn uniformly with replacement;
/// n ≤ 0 appends nothing, an empty population with n &gt; 0 fails.
/// </summary>
internal sealed class AppendRandomEvaluator : ConversionEvaluator<AppendRandom>
{
    protected override string Apply(AppendRandom conversion, string text)
    {
        if (conversion.Count <= 0)
        {
            return text;
        }

        var population = new List<Rune>(conversion.Population.Length);
        foreach (var rune in conversion.Population.EnumerateRunes())
        {
            population.Add(rune);
        }

        if (population.Count == 0)
        {
            throw new InvalidOperationException("cannot choose from an empty population");
        }

        var builder = new StringBuilder(text, text.Length + (int)Math.Min(conversion.Count, 1 << 20));
        Span<char> units = stackalloc char[2];
        for (var i = 0L; i < conversion.Count; i++)
        {
            var rune = population[Random.Shared.Next(population.Count)];
            builder.Append(units[..rune.EncodeToUtf16(units)]);
        }

        return builder.ToString();
    }
}
