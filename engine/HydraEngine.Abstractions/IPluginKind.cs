namespace HydraEngine.Abstractions;

/// <summary>A kind a plugin adds to definitions (a formula kind or a converter step): a name and its settings.</summary>
public interface IPluginKind
{
    /// <summary>The kind word: lower-case snake_case (<c>[a-z][a-z0-9_]*</c>), not a built-in kind's word.</summary>
    string Name { get; }

    /// <summary>The settings a definition gives this kind; definitions are checked against them when they load.</summary>
    IReadOnlyList<SettingDeclaration> Settings { get; }
}
