using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades;

/// <summary>Runs a type's registered upgrade steps, one version at a time, as hydrus does on load.</summary>
internal static class TupleUpgrader
{
    /// <summary>
    /// Upgrades the stored <paramref name="info"/> of <paramref name="typeId"/> at <paramref name="version"/>
    /// to the type's current version. The info may be modified in place. Info already at the current
    /// version is returned unchanged.
    /// </summary>
    /// <exception cref="UpgradeException">The type is unknown, the version is newer than the current one,
    /// a step is missing, or a step failed (the message says which type and versions).</exception>
    public static JsonNode? Upgrade(int typeId, int version, JsonNode? info, UpgradeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = UpgradeTypeCatalog.Require(typeId);
        if (version > type.CurrentVersion)
        {
            throw new UpgradeException($"{type.HydrusName} version {version} is newer than the newest version HydraEngine supports ({type.CurrentVersion})");
        }

        for (var current = version; current < type.CurrentVersion; current++)
        {
            if (!UpgradeRegistry.TryGet(typeId, current, out var step))
            {
                throw Failure(type, current, "no upgrade step is known for this version");
            }

            info = ApplyStep(step, type, current, info, context);
        }

        return info;
    }

    private static JsonNode? ApplyStep(IUpgradeStep step, HydrusTypeInfo type, int fromVersion, JsonNode? info, UpgradeContext context)
    {
        try
        {
            return step.Apply(info, context);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failure(type, fromVersion, exception.Message);
        }
    }

    private static UpgradeException Failure(HydrusTypeInfo type, int fromVersion, string reason) =>
        new($"could not update {type.HydrusName} from version {fromVersion} to {fromVersion + 1}: {reason}");
}
