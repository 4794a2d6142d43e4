package org.fairflow.portal.project;

import org.fairflow.portal.exhibit.ListableItemRepository;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends ListableItemRepository<Project> {

}

interface ProjectRevisionRepository extends JpaRepository<ProjectRevision, Long> {

}
