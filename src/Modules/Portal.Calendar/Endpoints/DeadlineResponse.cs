namespace Portal.Calendar.Endpoints;

public sealed record DeadlineResponse(DateOnly From, int WorkingDays, DateOnly Deadline);
