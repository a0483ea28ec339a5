using HydraEngine.Model.Containers;

namespace HydraEngine.Library.Exporting;

/// <summary>
/// A downloader and everything it needs, as one hydrus list: GUGs, URL classes, parsers and domain metadata.
/// <see cref="Title"/> and <see cref="Description"/> are what hydrus's own export writes on the PNG.
/// </summary>
public sealed record ExportBundle(DefinitionList Bundle, string Title, string Description);
