namespace HydraEngine.Samples.Greeting;

/// <summary>Version 2 of the sample library: the greeting takes a punctuation mark (version 1's one-argument form is gone).</summary>
public static class Greeter
{
    public static string Greet(string name, char mark) => $"Greetings, {name}{mark}";
}
