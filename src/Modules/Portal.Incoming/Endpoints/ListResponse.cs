namespace Portal.Incoming.Endpoints;

public sealed record ListResponse(string View, int Total, int Page, IReadOnlyList<ListItemResponse> Items);
