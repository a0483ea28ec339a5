using System.Text.Json;
using HydraEngine.Abstractions;
using HydraEngine.Samples.Greeting;

namespace HydraEngine.Samples.GreeterOne;

/// <summary>A converter step built on version 1.0 of HydraEngine.Samples.Greeting.</summary>
public sealed class GreeterOnePlugin : IHydraPlugin
{
    public void Register(IPluginRegistry registry) => registry.AddConverterStep(new GreetStep());

    /// <summary><c>{"kind": "greet", "plugin": "HydraEngine.Samples.GreeterOne", "settings": {}}</c>: "Bob" → "Hello, Bob! (greeting 1.0)".</summary>
    private sealed class GreetStep : IConverterStep
    {
        public string Name => "greet";

        public IReadOnlyList<SettingDeclaration> Settings { get; } = [];

        public string Convert(string text, IReadOnlyDictionary<string, JsonElement> settings) =>
            $"{Greeter.Greet(text)} (greeting {typeof(Greeter).Assembly.GetName().Version!.ToString(2)})";
    }
}
