namespace HydraEngine.Repositories.Protocol;

/// <summary>Hex text to bytes with an error that says which value was bad.</summary>
public static class Hex
{
    public static byte[] Decode(string text, string what)
    {
        try
        {
            return Convert.FromHexString(text.Trim());
        }
        catch (FormatException)
        {
            throw new RepositoryException($"{what} is not hex: '{(text.Length > 80 ? text[..80] + "…" : text)}'");
        }
    }
}
