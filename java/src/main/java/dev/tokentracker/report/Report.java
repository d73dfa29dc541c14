package dev.tokentracker.report;

/** A finished report of any kind; both engines produce these, one renderer prints them. */
public sealed interface Report permits ModelReport, PeriodReport, GraphReport {

    boolean isEmpty();

    PricingNotes pricing();
}
