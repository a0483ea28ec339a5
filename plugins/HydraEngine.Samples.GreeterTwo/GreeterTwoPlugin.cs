using System.Text.Json;
using HydraEngine.Abstractions;
using HydraEngine.Samples.Greeting;

namespace HydraEngine.Samples.GreeterTwo;

/// <summary>A converter step built on version 2.0 of HydraEngine.Samples.Greeting.</summary>
public sealed class GreeterTwoPlugin : IHydraPlugin
{
    public void Register(IPluginRegistry registry) => registry.AddConverterStep(new GreetStep());

    /// <summary>
    /// <c>{"kind": "greet", "plugin": "HydraEngine.Samples.GreeterTwo", "settings": {"mark": "?"}}</c>:
    /// "Bob" → "Greetings, Bob? (greeting 2.0)"; <c>mark</c> (optional, one character) defaults to "!".
    /// </summary>
    private sealed class GreetStep : IConverterStep
    {
        public string Name => "greet";

        public IReadOnlyList<SettingDeclaration> Settings { get; } = [new("mark", SettingType.String, Required: false)];

        public string Convert(string text, IReadOnlyDictionary<string, JsonElement> settings)
        {
            var mark = settings.TryGetValue("mark", out var given) ? given.GetString()! : "!";
            if (mark.Length != 1)
            {
                throw new PluginInputException($"\"mark\" must be one character; found \"{mark}\".");
            }

            return $"{Greeter.Greet(text, mark[0])} (greeting {typeof(Greeter).Assembly.GetName().Version!.ToString(2)})";
        }
    }
}
