namespace Portal.Registers;

/// <summary>How a column's cells look: plain text, a level (red and bold on a secret row), or room for a hand signature.</summary>
public enum PrintedCell
{
    Text,
    Level,
    Signature,
}
