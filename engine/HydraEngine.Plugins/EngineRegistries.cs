using HydraEngine.Definitions;
using HydraEngine.Parsing.Formulae;
using HydraEngine.Strings;

namespace HydraEngine.Plugins;

/// <summary>
/// The registries of one engine instance, immutable once built: string converter and processor steps (with the
/// engine's clock), formula kinds, and how native definitions are read. Built from the defaults plus the
/// contributions of the engine's plugin host; everything that parses, converts or reads native JSON takes the
/// part it needs explicitly, so two engines with different plugins live in one process.
/// </summary>
public sealed class EngineRegistries
{
    private EngineRegistries(StringServices strings, FormulaEngine formulae, DefinitionReadOptions definitions)
    {
        Strings = strings;
        Formulae = formulae;
        Definitions = definitions;
    }

    /// <summary>Built-in kinds and steps only, on the system clock.</summary>
    public static EngineRegistries BuiltIn { get; } = Build();

    /// <summary>Converter and processor steps (URL classes, formulae and pre-parse conversions run through them).</summary>
    public StringServices Strings { get; }

    /// <summary>Formula kinds, for page parsers (<c>new PageParserRunner(registries.Formulae)</c>).</summary>
    public FormulaEngine Formulae { get; }

    /// <summary>How definitions are read (pass to <see cref="DefinitionLoader"/>).</summary>
    public DefinitionReadOptions Definitions { get; }

    /// <summary>The defaults plus what <paramref name="plugins"/> contributes (none when null), on <paramref name="clock"/>.</summary>
    public static EngineRegistries Build(PluginHost? plugins = null, TimeProvider? clock = null)
    {
        var strings = new StringServicesBuilder().WithClock(clock ?? TimeProvider.System);
        if (plugins is not null)
        {
            plugins.AddConverterSteps(strings);
        }

        var built = strings.Build();
        return new EngineRegistries(built, new FormulaEngine(built, plugins?.FormulaRunner), new DefinitionReadOptions(plugins?.KindChecker));
    }
}
