namespace Portal.Core.Settings;

public sealed class SettingRecord
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
