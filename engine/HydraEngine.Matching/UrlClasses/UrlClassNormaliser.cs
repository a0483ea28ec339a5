using HydraEngine.Model.Text;
using HydraEngine.Model.Urls;

namespace HydraEngine.Matching.UrlClasses;

/// <summary>hydrus's <c>URLClass.Normalise</c>: preferred scheme, clipped netloc, clipped/fleshed-out path and query.</summary>
internal static class UrlClassNormaliser
{
    public static string Normalise(UrlClassEngine engine, string url, bool forServer)
    {
        var urlClass = engine.Class;
        PythonUrlParts parts;
        try
        {
            parts = HydrusUrls.Parse(url);
        }
        catch (FormatException exception)
        {
            throw new UrlClassException($"Problem with URL ({exception.Message})! URL text was \"{url}\"");
        }

        var netloc = engine.Mask.Normalise(parts.Netloc);
        var path = Path(engine, HydrusUrls.PathComponents(parts.Path), forServer);
        var query = Query(engine, HydrusQuery.Parse(parts.Query), forServer);
        return PythonUrl.Unparse(new PythonUrlParts(urlClass.PreferredScheme, netloc, path, "", query, urlClass.Options.KeepFragment ? parts.Fragment : ""));
    }

    private static string Path(UrlClassEngine engine, string[] components, bool forServer)
    {
        var defined = engine.Class.PathComponents;
        var clip = engine.UsesApiUrl || !forServer;
        if (clip || components.Length < defined.Count)
        {
            var clipped = new List<string>(defined.Count);
            for (var i = 0; i < defined.Count; i++)
            {
                clipped.Add(i < components.Length ? components[i]
                    : defined[i].DefaultValue ?? throw new UrlClassException("Could not clip path--given url appeared to be too short!"));
            }

            return "/" + string.Join('/', clipped);
        }

        return "/" + string.Join('/', components);
    }

    private static string Query(UrlClassEngine engine, HydrusQuery query, bool forServer)
    {
        var urlClass = engine.Class;
        var values = new Dictionary<string, string>(query.Values, StringComparer.Ordinal);
        var order = query.Order.ToList();
        var parametersByName = new Dictionary<string, UrlClassParameter?>(StringComparer.Ordinal);
        foreach (var parameter in urlClass.Parameters)
        {
            if (values.ContainsKey(parameter.Name) && !parametersByName.ContainsKey(parameter.Name))
            {
                parametersByName[parameter.Name] = parameter;
            }
            else if (parameter.DefaultValue is not null)
            {
                parametersByName[parameter.Name] = parameter;
                values[parameter.Name] = engine.DefaultValueOf(parameter);
                order.Add(parameter.Name);
            }
            else if (!parameter.IsEphemeral)
            {
                throw new UrlClassException($"Could not flesh out query--no default for {parameter.Name} defined!");
            }
        }

        var keepExtra = forServer && urlClass.Options.KeepExtraParametersForServer;
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            var known = parametersByName.GetValueOrDefault(name);
            if (known is null ? keepExtra : !(known.IsEphemeral && !forServer))
            {
                kept[name] = value;
            }
        }

        var wantSingles = urlClass.HasSingleValueParameters || keepExtra;
        var result = new HydrusQuery(kept, wantSingles ? query.SingleValueParameters : [], order);
        return result.ToText(alphabetise: urlClass.Options.AlphabetiseGetParameters);
    }
}
