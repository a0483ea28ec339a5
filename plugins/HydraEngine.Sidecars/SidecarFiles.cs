using System.Text;

namespace HydraEngine.Sidecars;

/// <summary>Writes a sidecar whole or not at all: a temporary file beside it, then a rename.</summary>
internal static class SidecarFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAtomically(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text, Utf8);
        File.Move(temporary, path, overwrite: true);
    }
}
