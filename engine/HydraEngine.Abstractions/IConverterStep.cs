using System.Text.Json;

namespace HydraEngine.Abstractions;

/// <summary>A string converter step: one text in, one text out.</summary>
public interface IConverterStep : IPluginKind
{
    /// <summary>Converts one text (never returns null). Throw <see cref="PluginInputException"/> when the text cannot be converted: the step fails as a built-in step would.</summary>
    /// <param name="text">The text.</param>
    /// <param name="settings">The definition's settings, checked against the step's declarations.</param>
    /// <returns>The converted text.</returns>
    string Convert(string text, IReadOnlyDictionary<string, JsonElement> settings);
}
