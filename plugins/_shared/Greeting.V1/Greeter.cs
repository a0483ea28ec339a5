namespace HydraEngine.Samples.Greeting;

/// <summary>Version 1 of the sample library: a plain greeting.</summary>
public static class Greeter
{
    public static string Greet(string name) => $"Hello, {name}!";
}
