namespace Portal.Registers;

/// <summary>A copy written in the log: its number ("Bản số") and the moment it was taken (UTC), both printed on every page of it.</summary>
public sealed record TakenCopy(long Number, DateTime AtUtc);
