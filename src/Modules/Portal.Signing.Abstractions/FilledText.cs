namespace Portal.Signing;

/// <summary>
/// One text written into a blank: where its baseline starts, in PDF points from the page's lower left
/// corner, its size, whether it is italic (the place and date line is), and the text itself, printable
/// ASCII only (numbers and dates, in the embedded Liberation Serif's WinAnsi encoding).
/// </summary>
public sealed record FilledText(double X, double Y, double Size, bool Italic, string Text);
