import { Input, Label, Select } from "@medusajs/ui"
import { PERIOD_PRESETS, presetPeriod, type Period, type PeriodPreset } from "../../lib/key-clients"

export type PeriodChoice = { preset: PeriodPreset | "custom"; period: Period }

export const defaultPeriodChoice = (): PeriodChoice => ({ preset: "12m", period: presetPeriod("12m") })

/** A preset period (last 12 months, this year, …) or two dates; `to` is shown as the last day included. */
export const PeriodPicker = ({ value, onChange }: { value: PeriodChoice; onChange: (value: PeriodChoice) => void }) => {
  const lastDay = (to: string) => new Date(new Date(`${to}T00:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10)
  const dayAfter = (day: string) => new Date(new Date(`${day}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10)
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="w-[170px]">
        <Select
          size="small"
          value={value.preset}
          onValueChange={(preset) =>
            onChange(preset === "custom" ? { ...value, preset: "custom" } : { preset: preset as PeriodPreset, period: presetPeriod(preset as PeriodPreset) })
          }
        >
          <Select.Trigger aria-label="Period">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {PERIOD_PRESETS.map((preset) => (
              <Select.Item key={preset.value} value={preset.value}>
                {preset.label}
              </Select.Item>
            ))}
            <Select.Item value="custom">Custom dates</Select.Item>
          </Select.Content>
        </Select>
      </div>
      {value.preset === "custom" && (
        <>
          <div className="flex items-center gap-x-2">
            <Label size="xsmall" htmlFor="period-from">
              From
            </Label>
            <Input
              id="period-from"
              size="small"
              type="date"
              value={value.period.from}
              onChange={(e) => e.target.value && onChange({ ...value, period: { ...value.period, from: e.target.value } })}
            />
          </div>
          <div className="flex items-center gap-x-2">
            <Label size="xsmall" htmlFor="period-to">
              To
            </Label>
            <Input
              id="period-to"
              size="small"
              type="date"
              value={lastDay(value.period.to)}
              onChange={(e) => e.target.value && onChange({ ...value, period: { ...value.period, to: dayAfter(e.target.value) } })}
            />
          </div>
        </>
      )}
    </div>
  )
}
