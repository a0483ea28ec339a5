using System.CommandLine;
using System.Text.Json.Nodes;
using HydraEngine.Imaging.Perceptual;

namespace HydraEngine.Cli.Commands.Duplicates;

/// <summary>
/// <c>hydra duplicates hash FILE... [--json]</c>: hydrus's resolution, pixel hash and stored perceptual hashes
/// of each file, without importing. JSON lines: <c>{"path","width","height","pixel_hash","phashes":[hex...]}</c>.
/// </summary>
internal static class DuplicatesHashCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Image files." };
        var json = new Option<bool>("--json") { Description = "One JSON object per line." };
        var command = new Command("hash", "Print each image's pixel hash and perceptual hashes as hydrus computes them.") { files, json };
        command.SetAction(parseResult => Run(parseResult.GetValue(files)!, parseResult.GetValue(json), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, bool json, TextWriter output, TextWriter error)
    {
        var failed = 0;
        foreach (var path in paths)
        {
            var (hashes, problem) = Hash(path);
            if (hashes is null)
            {
                error.WriteLine($"error: {path}: {problem}");
                failed++;
                continue;
            }

            var phashes = hashes.PerceptualHashes.Select(ImageHashes.ToHex).ToList();
            output.WriteLine(json
                ? new JsonObject
                {
                    ["path"] = path,
                    ["width"] = hashes.Width,
                    ["height"] = hashes.Height,
                    ["pixel_hash"] = hashes.PixelHashHex,
                    ["phashes"] = new JsonArray(phashes.Select(hash => (JsonNode?)hash).ToArray()),
                }.ToJsonString()
                : $"{path}\t{hashes.Width}x{hashes.Height}\tpixel {hashes.PixelHashHex}\tphash {(phashes.Count == 0 ? "(blank)" : string.Join(",", phashes))}");
        }

        return failed == 0 ? 0 : CommandFailures.Failed;
    }

    private static (ImageHashes? Hashes, string? Problem) Hash(string path)
    {
        try
        {
            return ImageHasher.Default.Hash(File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, exception.Message);
        }
    }
}
