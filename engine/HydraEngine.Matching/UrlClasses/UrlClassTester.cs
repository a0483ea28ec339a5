using HydraEngine.Model.Text;
using HydraEngine.Strings;

namespace HydraEngine.Matching.UrlClasses;

/// <summary>hydrus's <c>URLClass.Test</c>: encoded URL, domain mask, path components, parameters, single-value parameters.</summary>
internal static class UrlClassTester
{
    public static string? Test(UrlClassEngine engine, string url)
    {
        var urlClass = engine.Class;
        PythonUrlParts parts;
        try
        {
            parts = HydrusUrls.Parse(HydrusUrls.EnsureEncoded(url));
        }
        catch (FormatException exception)
        {
            return $"Problem with URL ({exception.Message})! URL text was \"{url}\"";
        }

        if (!engine.Mask.Matches(parts.Netloc))
        {
            return $"{parts.Netloc} did not match the domain mask";
        }

        var path = HydrusUrls.PathComponents(parts.Path);
        if (urlClass.Options.NoMorePathComponentsThanThis && path.Length > urlClass.PathComponents.Count)
        {
            return $"\"{parts.Path}\" has {path.Length} path components, but I will not allow more than my defined {urlClass.PathComponents.Count}!";
        }

        for (var i = 0; i < urlClass.PathComponents.Count; i++)
        {
            var component = urlClass.PathComponents[i];
            if (i < path.Length)
            {
                if (!StringMatching.Matches(component.Match, path[i]))
                {
                    return $"path component {i} \"{path[i]}\" did not match";
                }
            }
            else if (component.DefaultValue is null)
            {
                return $"\"{parts.Path}\" has {path.Length} path components, but I was expecting more";
            }
        }

        var query = HydrusQuery.Parse(parts.Query);
        if (urlClass.Options.NoMoreParametersThanThis)
        {
            foreach (var name in query.Values.Keys)
            {
                if (urlClass.Parameters.All(parameter => parameter.Name != name))
                {
                    return $"This has a \"{name}\" parameter, but I am set to not allow any unexpected parameters!";
                }
            }
        }

        foreach (var parameter in urlClass.Parameters)
        {
            if (!query.Values.TryGetValue(parameter.Name, out var value))
            {
                if (parameter.DefaultValue is null && !parameter.IsEphemeral)
                {
                    return $"{parameter.Name} not found in {parts.Query}";
                }

                continue;
            }

            if (!StringMatching.Matches(parameter.ValueMatch, value))
            {
                return $"Problem with {parameter.Name}: \"{value}\" did not match";
            }
        }

        if (query.SingleValueParameters.Count > 0 && !urlClass.HasSingleValueParameters && urlClass.Options.NoMoreParametersThanThis)
        {
            return $"\"{parts.Query}\" has unexpected single-value parameters, but I am set to not allow any unexpected parameters!";
        }

        if (urlClass.HasSingleValueParameters)
        {
            if (query.SingleValueParameters.Count == 0)
            {
                return "Was expecting single-value parameter(s), but this URL did not seem to have any.";
            }

            if (query.SingleValueParameters.Any(single => !StringMatching.Matches(urlClass.SingleValueParametersMatch, single)))
            {
                return "a single-value parameter did not match";
            }
        }

        return null;
    }
}
