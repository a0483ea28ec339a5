using HydraEngine.Matching.UrlClasses;
using HydraEngine.Model.Text;

namespace HydraEngine.Library.Lookup;

/// <summary>
/// What a URL class test looks at first, read once per URL exactly as the test reads it: the number of path
/// components of the encoded URL and its query's parameter names.
/// </summary>
internal sealed record UrlShape(int PathComponents, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>The shape, or null when the encoded URL does not parse (then every class is tested in full).</summary>
    public static UrlShape? Of(string url)
    {
        try
        {
            var parts = HydrusUrls.Parse(HydrusUrls.EnsureEncoded(url));
            return new UrlShape(HydrusUrls.PathComponents(parts.Path).Length, HydrusQuery.Parse(parts.Query).Values);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>
/// A URL class with the conditions any URL it matches must meet, taken from hydrus's test: no more path components
/// than it defines when it says so, a path component for each one up to the last without a default, and every
/// parameter that has no default and is not ephemeral. A URL failing them fails the test; the rest are tested in full.
/// </summary>
internal sealed record UrlClassCandidate(UrlClassEngine Engine, int MinimumPath, int MaximumPath, string[] RequiredParameters)
{
    public static UrlClassCandidate Of(UrlClassEngine engine)
    {
        var urlClass = engine.Class;
        var lastRequired = -1;
        for (var i = 0; i < urlClass.PathComponents.Count; i++)
        {
            if (urlClass.PathComponents[i].DefaultValue is null)
            {
                lastRequired = i;
            }
        }

        return new UrlClassCandidate(
            engine,
            lastRequired + 1,
            urlClass.Options.NoMorePathComponentsThanThis ? urlClass.PathComponents.Count : int.MaxValue,
            urlClass.Parameters.Where(parameter => parameter.DefaultValue is null && !parameter.IsEphemeral).Select(parameter => parameter.Name).ToArray());
    }

    public bool CanMatch(UrlShape shape) =>
        shape.PathComponents >= MinimumPath && shape.PathComponents <= MaximumPath && RequiredParameters.All(shape.Parameters.ContainsKey);
}
