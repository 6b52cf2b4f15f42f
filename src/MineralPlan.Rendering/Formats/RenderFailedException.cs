namespace MineralPlan.Rendering.Formats;

/// <summary>A program a format runs (LibreOffice for PDF) failed: the message says what it reported.</summary>
public sealed class RenderFailedException(string message) : Exception(message);
