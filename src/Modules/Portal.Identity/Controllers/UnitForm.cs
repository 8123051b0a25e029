namespace Portal.Identity.Controllers;

public sealed class UnitForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? ParentCode { get; set; }
}
