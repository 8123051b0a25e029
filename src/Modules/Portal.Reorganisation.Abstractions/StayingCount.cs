namespace Portal.Reorganisation;

/// <summary>What stays behind, as the plan names it (e.g. "Đăng nhập bằng chứng thư số"), and how many rows.</summary>
public sealed record StayingCount(string Text, int Rows);
