package org.fairflow.portal.support;

import java.nio.charset.StandardCharsets;

/**
 * A process that stops with an incident until its decision is published: a rule step
 * calling {@code incident-probe-rule}, then a status step and the end.
 */
public final class IncidentProbe {

	private IncidentProbe() {
	}

	/**
	 * A rule step whose decision is not published yet, then a status step and the end.
	 */
	public static byte[] process() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_IncidentProbe"
				    targetNamespace="http://fairflow.org/bpmn">
				  <bpmn:process id="incident-probe" name="故障探针" isExecutable="true">
				    <bpmn:extensionElements>
				      <zeebe:executionListeners>
				        <zeebe:executionListener eventType="end" type="close-case" retries="3" />
				      </zeebe:executionListeners>
				    </bpmn:extensionElements>
				    <bpmn:startEvent id="Start_Probe" name="开始" />
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_Probe" targetRef="Task_Rule" />
				    <bpmn:businessRuleTask id="Task_Rule" name="规则 Rule">
				      <bpmn:extensionElements>
				        <zeebe:calledDecision decisionId="incident-probe-rule" resultVariable="ruleResult" />
				      </bpmn:extensionElements>
				    </bpmn:businessRuleTask>
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Rule" targetRef="Task_Mark" />
				    <bpmn:serviceTask id="Task_Mark" name="标记通过 Mark approved">
				      <bpmn:extensionElements>
				        <zeebe:taskDefinition type="update-case-status" retries="3" />
				        <zeebe:taskHeaders>
				          <zeebe:header key="status" value="APPROVED" />
				          <zeebe:header key="event" value="APPROVED" />
				        </zeebe:taskHeaders>
				      </bpmn:extensionElements>
				    </bpmn:serviceTask>
				    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Mark" targetRef="End_Probe" />
				    <bpmn:endEvent id="End_Probe" name="结束" />
				  </bpmn:process>
				</bpmn:definitions>
				""".getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] rule() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_ProbeRule"
				    name="Probe rule" namespace="http://fairflow.org/dmn">
				  <decision id="incident-probe-rule" name="探针规则">
				    <decisionTable id="DecisionTable_ProbeRule" hitPolicy="FIRST">
				      <input id="Input_Case" label="caseId">
				        <inputExpression id="InputExpression_Case" typeRef="string"><text>caseId</text></inputExpression>
				      </input>
				      <output id="Output_Ok" name="ok" typeRef="boolean" />
				      <rule id="Rule_Any">
				        <inputEntry id="UnaryTests_Any"><text>-</text></inputEntry>
				        <outputEntry id="LiteralExpression_Ok"><text>true</text></outputEntry>
				      </rule>
				    </decisionTable>
				  </decision>
				</definitions>
				"""
			.getBytes(StandardCharsets.UTF_8);
	}

}
