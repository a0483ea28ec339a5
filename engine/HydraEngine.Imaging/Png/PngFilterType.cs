namespace HydraEngine.Imaging.Png;

/// <summary>The scanline filter types of PNG filter method 0.</summary>
internal enum PngFilterType : byte
{
    None = 0,
    Sub = 1,
    Up = 2,
    Average = 3,
    Paeth = 4,
}
