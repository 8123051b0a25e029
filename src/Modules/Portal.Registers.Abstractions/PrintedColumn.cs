namespace Portal.Registers;

/// <summary>A printed column: its heading, its share of the width, and what it holds when that changes its look.</summary>
public sealed record PrintedColumn(string Heading, double Weight, PrintedCell Cell = PrintedCell.Text);
