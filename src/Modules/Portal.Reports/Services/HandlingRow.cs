namespace Portal.Reports.Services;

/// <summary>Documents one unit handled in the period: how many, working days taken (median and average), how many after their deadline.</summary>
public sealed record HandlingRow(string Unit, int Count, double MedianDays, double AverageDays, int Late);
