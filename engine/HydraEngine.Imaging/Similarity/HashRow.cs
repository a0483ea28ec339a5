namespace HydraEngine.Imaging.Similarity;

/// <summary>A perceptual hash and the id of the file that has it, packed together in a multi-index bucket.</summary>
internal readonly record struct HashRow(ulong Hash, long Id);
